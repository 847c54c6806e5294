package org.openluna.shared.descriptors;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code descriptor_format} query parameter: how a stored descriptor is rendered, raw (the
 * seed's default) or SDK. Read it with {@code QueryParams.enumValue(PARAMETER, ..., DescriptorFormat::parse)
 * .orElse(RAW)} so an unknown value is the usual bad query parameter.
 */
public enum DescriptorFormat {
    RAW("raw"), SDK("sdk");

    public static final String PARAMETER = "descriptor_format";

    private final String wire;

    DescriptorFormat(String wire) {
        this.wire = wire;
    }

    public String wire() { return wire; }

    public static Optional<DescriptorFormat> parse(String raw) {
        return Arrays.stream(values()).filter(f -> f.wire.equals(raw)).findFirst();
    }

    public String encodeBase64(Descriptor descriptor) {
        return switch (this) {
            case RAW -> RawDescriptor.encodeBase64(descriptor);
            case SDK -> SdkDescriptor.encodeBase64(descriptor);
        };
    }
}
