package org.openluna.shared.faces;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;

/**
 * What the matcher holds of a face: whose it is, its descriptor and the lists it is in. A face without
 * a descriptor (no attribute, or one with basic attributes only) is not matchable and has none.
 */
public record MatchableFace(UUID accountId, UUID faceId, Descriptor descriptor, Set<UUID> lists) {
    public MatchableFace {
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(faceId, "face id");
        Objects.requireNonNull(descriptor, "descriptor");
        lists = Set.copyOf(lists);
    }
}
