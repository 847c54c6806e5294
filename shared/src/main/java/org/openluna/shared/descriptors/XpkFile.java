package org.openluna.shared.descriptors;

import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * The XPK form ({@code "type": "xpk_file"} entities, {@code application/x-vl-xpk} bodies). XPK is a
 * VisionLabs container whose layout the seed never gives, and whatever it holds would be a VisionLabs
 * descriptor that our model's descriptors cannot be compared with; so it is refused, always, with a
 * code that says the format (not the data) is the problem.
 */
public final class XpkFile {
    static final String FORMAT_NAME = "xpk_file";

    private XpkFile() {}

    public static Descriptor parse(byte[] ignored) {
        throw new LunaException(ErrorCode.UNSUPPORTED_DESCRIPTOR_FORMAT, FORMAT_NAME);
    }
}
