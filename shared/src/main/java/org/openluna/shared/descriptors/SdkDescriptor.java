package org.openluna.shared.descriptors;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * The SDK form of a descriptor ({@code sdk_descriptor} in JSON, {@code application/x-sdk-descriptor}
 * as a body): the bytes {@code 'd' 'p' 0 0}, the version as a little-endian uint32, then the payload.
 * The header is read off the seed's examples ({@code ZHAAADgAAAB0...} is {@code 64 70 00 00 38 00 00 00},
 * version 56); the payload after it is ours, {@value Descriptor#DIMENSIONS} int8 bytes.
 */
public final class SdkDescriptor {
    static final int HEADER_BYTES = 8;
    private static final byte[] MAGIC = {'d', 'p', 0, 0};

    private SdkDescriptor() {}

    public static byte[] encode(Descriptor descriptor) {
        return ByteBuffer.allocate(HEADER_BYTES + Descriptor.DIMENSIONS)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put(MAGIC)
                .putInt(descriptor.version().number())
                .put(descriptor.int8())
                .array();
    }

    public static String encodeBase64(Descriptor descriptor) {
        return DescriptorBase64.encode(encode(descriptor));
    }

    /**
     * Checks, in this order, the magic, the version and the length, so that a VisionLabs descriptor
     * (right magic, its own version and size) is reported as a foreign version rather than a bad length.
     */
    public static Descriptor parse(byte[] blob) {
        if (!hasMagic(blob)) {
            throw new LunaException(ErrorCode.BAD_DESCRIPTOR, "an SDK descriptor starts with the bytes 64 70 00 00");
        }
        if (blob.length < HEADER_BYTES) {
            throw new LunaException(ErrorCode.BAD_DESCRIPTOR, "the SDK descriptor header is cut short");
        }
        var buffer = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).position(MAGIC.length);
        var version = DescriptorVersion.require(Integer.toUnsignedLong(buffer.getInt()));
        int payloadBytes = blob.length - HEADER_BYTES;
        if (payloadBytes != Descriptor.DIMENSIONS) {
            throw new LunaException(ErrorCode.BAD_DESCRIPTOR_LENGTH, version.number(), Descriptor.DIMENSIONS, payloadBytes);
        }
        var payload = new byte[payloadBytes];
        buffer.get(payload);
        return Descriptor.fromInt8(payload);
    }

    public static Descriptor parseBase64(String text) {
        return parse(DescriptorBase64.decode(text));
    }

    private static boolean hasMagic(byte[] blob) {
        if (blob.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (blob[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
