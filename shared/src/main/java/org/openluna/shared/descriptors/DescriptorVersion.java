package org.openluna.shared.descriptors;

import org.openluna.protocol.inference.DescriptorModel;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * The version number a descriptor carries in the API ({@code descriptor_version}, the SDK header).
 *
 * <p>Our descriptors come from our own face model, so they cannot be compared with VisionLabs ones,
 * and a VisionLabs number must never be reused for them. The seed enumerates the VisionLabs face
 * versions 46, 52, 54, 56, 57, 58, 59, 60, 62 and 64, and its body descriptor example carries 101.
 * {@link #OURS} is 4242: far from every number the seed shows and from the small numbers VisionLabs
 * counts up from, so a client that sends a LUNA descriptor gets a clear "version not supported"
 * instead of a meaningless similarity, and no one reading a stored 4242 takes it for a LUNA version.
 * A new model means a new number.
 */
public record DescriptorVersion(int number) {
    public static final DescriptorVersion OURS = new DescriptorVersion(DescriptorModel.VERSION);

    public DescriptorVersion {
        if (number <= 0) {
            throw new IllegalArgumentException("descriptor version must be positive: " + number);
        }
    }

    /** A version a client named (a query parameter, a JSON field, an SDK header); only ours is accepted. */
    public static DescriptorVersion require(long number) {
        if (number != OURS.number) {
            throw new LunaException(ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION, number, OURS.number);
        }
        return OURS;
    }

    public boolean isOurs() { return number == OURS.number; }
}
