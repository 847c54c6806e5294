package org.openluna.shared.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A bearer token of an account, with the JWT string that was issued for it. Replacing a token issues
 * a new string, and only the stored string is accepted, so the old one stops working.
 *
 * @param expirationTime null when the token never expires
 */
public record Token(
        UUID tokenId,
        UUID accountId,
        Permissions permissions,
        String description,
        Instant expirationTime,
        VisibilityArea visibilityArea,
        String jwt,
        Instant createTime,
        Instant lastUpdateTime) {

    public Token {
        Objects.requireNonNull(tokenId, "token id");
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(visibilityArea, "visibility area");
        Objects.requireNonNull(jwt, "jwt");
        Objects.requireNonNull(createTime, "create time");
        Objects.requireNonNull(lastUpdateTime, "last update time");
    }

    public Optional<Instant> expiration() {
        return Optional.ofNullable(expirationTime);
    }

    public boolean isExpiredAt(Instant now) {
        return expirationTime != null && !now.isBefore(expirationTime);
    }
}
