package org.openluna.shared.descriptors;

import java.util.Base64;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/** Base64 as descriptors travel in JSON and in the {@code -base64} content types: standard alphabet, padded. */
final class DescriptorBase64 {
    private DescriptorBase64() {}

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Line breaks and spaces are dropped first: command-line encoders wrap their output at 76 columns. */
    static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new LunaException(ErrorCode.BAD_DESCRIPTOR, e, "not valid base64");
        }
    }
}
