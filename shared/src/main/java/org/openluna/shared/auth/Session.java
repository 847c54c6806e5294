package org.openluna.shared.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A login session: what the login cookie names.
 *
 * @param credentials the fingerprint of the account's login and password hash when the session was
 *                    opened; a session whose account has other credentials now has ended
 */
public record Session(UUID sessionId, UUID accountId, String credentials, Instant expirationTime) {
    public Session {
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(expirationTime, "expiration time");
    }
}
