package org.openluna.functions.verifiers;

import java.util.Set;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.verifiers.VerificationReferences;

/**
 * The query of {@code POST /6/verifiers/{verifier_id}/verifications} (seed l.11830-11837): what the
 * faces are verified against, whether the images are face warps ({@code image_type=1}, a sample as
 * {@code /6/detector} stores it), and whether Exif turns them upright.
 */
record VerificationQuery(VerificationReferences references, boolean warped, boolean useExif) {

    static VerificationQuery parse(QueryParams query) {
        boolean warped = query.oneOf("image_type", Set.of(0, 1)).orElse(0) == 1;
        boolean useExif = query.flag("use_exif_info", true);
        return new VerificationQuery(VerificationReferences.from(query), warped, useExif);
    }
}
