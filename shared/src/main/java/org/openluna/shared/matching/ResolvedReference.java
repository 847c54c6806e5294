package org.openluna.shared.matching;

import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;

/**
 * A reference and the descriptor it stands for.
 *
 * @param namedId the face or event an external id named; null for every other reference
 */
public record ResolvedReference(MatchReference reference, UUID namedId, Descriptor descriptor) {
    public ResolvedReference {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(descriptor, "descriptor");
    }
}
