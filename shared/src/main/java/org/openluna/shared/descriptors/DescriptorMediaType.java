package org.openluna.shared.descriptors;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The request content types that carry a descriptor instead of an image (seed: the {@code Content-Type}
 * enums of handler events and of verifications). A body of a {@code -base64} type is the base64 text of
 * the binary form.
 */
public enum DescriptorMediaType {
    SDK("application/x-sdk-descriptor"),
    SDK_BASE64("application/x-sdk-descriptor-base64"),
    XPK("application/x-vl-xpk"),
    // the handler-events enum of the seed spells it "applicaition"; clients copying it must not get a 415
    XPK_BASE64("application/x-vl-xpk-base64", "applicaition/x-vl-xpk-base64");

    private final List<String> names;

    DescriptorMediaType(String... names) {
        this.names = List.of(names);
    }

    /** The canonical name, as the seed writes it in the verifications enum. */
    public String mediaType() { return names.getFirst(); }

    /** The descriptor type of a {@code Content-Type} header, ignoring case and parameters; empty for any other type. */
    public static Optional<DescriptorMediaType> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        var bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.names.contains(bare)).findFirst();
    }

    public Descriptor read(byte[] body) {
        return switch (this) {
            case SDK -> SdkDescriptor.parse(body);
            case SDK_BASE64 -> SdkDescriptor.parseBase64(new String(body, StandardCharsets.US_ASCII));
            case XPK, XPK_BASE64 -> XpkFile.parse(body);
        };
    }
}
