package org.openluna.shared.matching;

import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;

/**
 * A reference and the descriptor it stands for.
 *
 * @param faceId the face an external id named; null for every other reference
 */
public record ResolvedReference(MatchReference reference, UUID faceId, Descriptor descriptor) {
    public ResolvedReference {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(descriptor, "descriptor");
    }
}
