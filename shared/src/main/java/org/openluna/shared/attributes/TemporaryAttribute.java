package org.openluna.shared.attributes;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A temporary attribute of an account (seed l.1876-2012): a face attribute that lives until
 * {@code expiryTime}. From then on it answers as if it had never been.
 */
public record TemporaryAttribute(UUID attributeId, UUID accountId, FaceAttribute attribute, Instant createTime, Instant expiryTime) {
    public TemporaryAttribute {
        Objects.requireNonNull(attributeId, "attribute id");
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(createTime, "create time");
        Objects.requireNonNull(expiryTime, "expiry time");
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiryTime);
    }
}
