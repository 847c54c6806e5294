package org.openluna.functions.verifiers;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openluna.functions.detector.FaceDetection;
import org.openluna.shared.attributes.BasicAttributes;
import org.openluna.shared.attributes.FaceAttribute;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.verifiers.Verification;

/**
 * One face of the input, verified: what its {@code sample} shows (null for a descriptor given as the
 * body, which has no picture), the sample stored of it, its descriptor and basic attributes, and its
 * verifications.
 *
 * @param sampleId null unless the verifier stores samples
 * @param basicAttributes null unless the verifier extracts them (and never for a descriptor body)
 */
record VerifiedFace(FaceDetection detection, UUID sampleId, Descriptor descriptor, BasicAttributes basicAttributes,
                    List<Verification> verifications) {
    VerifiedFace {
        Objects.requireNonNull(descriptor, "descriptor");
        verifications = List.copyOf(verifications);
    }

    /** The samples its attribute comes from: the stored sample, when there is one. */
    List<UUID> samples() {
        return sampleId == null ? List.of() : List.of(sampleId);
    }

    /** What a stored temporary attribute of it holds: the descriptor, and basic attributes when extracted. */
    FaceAttribute attribute() {
        return new FaceAttribute(descriptor, basicAttributes, samples(), basicAttributes == null ? List.of() : samples());
    }
}
