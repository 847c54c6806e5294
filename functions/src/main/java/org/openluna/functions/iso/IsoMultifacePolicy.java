package org.openluna.functions.iso;

import java.util.List;
import java.util.Optional;
import org.openluna.functions.detector.MultifacePolicy;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * {@code multiface_policy} of {@code /6/iso} (the seed's {@code iso_multiface_policy}, default 0, its
 * description lost): 0 checks an image only when it shows one face, 1 checks every face, 2 the best
 * one. A portrait that conforms to ISO/IEC 19794-5 shows one person, so by default an image of several
 * is refused with its own error instead of having one of them picked (docs/adr/0003).
 */
enum IsoMultifacePolicy {
    ONE_FACE_ONLY, EVERY_FACE, BEST_FACE;

    static IsoMultifacePolicy of(int value) {
        return switch (value) {
            case 1 -> EVERY_FACE;
            case 2 -> BEST_FACE;
            default -> ONE_FACE_ONLY;
        };
    }

    /** Why an image with these faces is not checked at all: no face, or several under policy 0. */
    Optional<LunaException> refusal(List<DetectedFace> faces) {
        if (faces.isEmpty()) {
            return Optional.of(new LunaException(ErrorCode.NO_FACE_FOUND));
        }
        if (this == ONE_FACE_ONLY && faces.size() > 1) {
            return Optional.of(new LunaException(ErrorCode.TOO_MANY_FACES, faces.size()));
        }
        return Optional.empty();
    }

    /** The faces to check of an image the policy does not refuse. */
    List<DetectedFace> select(List<DetectedFace> faces) {
        return this == BEST_FACE ? MultifacePolicy.BEST_ONLY.apply(faces) : faces;
    }
}
