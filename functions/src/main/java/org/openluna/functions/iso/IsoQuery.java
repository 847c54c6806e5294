package org.openluna.functions.iso;

import java.util.Set;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;

/**
 * The query of {@code POST /6/iso} (seed l.1221-1227): {@code image_type} 0 for a photo, 1 for a face
 * sample the platform made; {@code multiface_policy}, 0 by default here; {@code extract_exif}, which
 * nothing here can do and which is refused as unavailable rather than answered empty.
 */
record IsoQuery(boolean warped, IsoMultifacePolicy multiface) {

    static IsoQuery parse(QueryParams query) {
        boolean warped = query.oneOf("image_type", Set.of(0, 1)).orElse(0) == 1;
        var multiface = IsoMultifacePolicy.of(query.oneOf("multiface_policy", Set.of(0, 1, 2)).orElse(0));
        if (query.flag("extract_exif", false)) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "extract_exif");
        }
        return new IsoQuery(warped, multiface);
    }
}
