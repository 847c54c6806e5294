package org.openluna.shared.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code emit_events} and {@code verify} permissions: allowed or not, narrowed to a white list or
 * widened by exclusion through a black list of handler or verifier ids (null when absent).
 */
public record AccessList(boolean allowed, List<UUID> whiteList, List<UUID> blackList) {
    public AccessList {
        whiteList = whiteList == null ? null : List.copyOf(whiteList);
        blackList = blackList == null ? null : List.copyOf(blackList);
    }

    public static AccessList denied() {
        return new AccessList(false, null, null);
    }

    public static AccessList allowedForAll() {
        return new AccessList(true, null, null);
    }

    public boolean permits(UUID id) {
        return allowed
                && Optional.ofNullable(whiteList).map(w -> w.contains(id)).orElse(true)
                && Optional.ofNullable(blackList).map(b -> !b.contains(id)).orElse(true);
    }
}
