package org.openluna.shared.descriptors;

/**
 * The raw form of a descriptor: the payload bytes alone, base64 in JSON, with the version given
 * beside them ({@code {"descriptor": "<base64>", "version": 56}} when creating attributes, and
 * {@code face_descriptor: {descriptor, descriptor_version}} when reading them back). Raw is the
 * default {@code descriptor_format}.
 */
public final class RawDescriptor {
    private RawDescriptor() {}

    public static byte[] encode(Descriptor descriptor) {
        return descriptor.int8();
    }

    public static String encodeBase64(Descriptor descriptor) {
        return DescriptorBase64.encode(encode(descriptor));
    }

    /** The version is checked before the length, so a VisionLabs descriptor is named as one. */
    public static Descriptor parse(byte[] payload, long version) {
        DescriptorVersion.require(version);
        return Descriptor.fromInt8(payload);
    }

    public static Descriptor parseBase64(String text, long version) {
        DescriptorVersion.require(version);
        return Descriptor.fromInt8(DescriptorBase64.decode(text));
    }
}
