package org.openluna.shared.blobs;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a stored blob without its bytes.
 *
 * @param expiryTime when the blob stops existing; null when it is kept until deleted
 * @param userMeta the {@code X-Luna-Meta-*} values given at upload, by key
 */
public record Blob(String contentType, long size, Instant expiryTime, Map<String, String> userMeta) {
    public Blob {
        Objects.requireNonNull(contentType, "content type");
        userMeta = Map.copyOf(userMeta);
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiryTime);
    }

    public boolean isExpiredAt(Instant now) {
        return expiryTime != null && !now.isBefore(expiryTime);
    }
}
