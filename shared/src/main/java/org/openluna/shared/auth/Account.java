package org.openluna.shared.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A tenant of the platform. Every stored object belongs to exactly one account. */
public record Account(
        UUID accountId,
        String login,
        String passwordHash,
        AccountType accountType,
        String description,
        Instant createTime,
        Instant lastUpdateTime) {

    public Account {
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(passwordHash, "password hash");
        Objects.requireNonNull(accountType, "account type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(createTime, "create time");
        Objects.requireNonNull(lastUpdateTime, "last update time");
    }
}
