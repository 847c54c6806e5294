package org.openluna.shared.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.tables.SessionsTable;

/**
 * Login sessions (ADR 0016). Only login and password open one; the cookie is a signed JWT naming a
 * stored session, so logging out deletes it, and a change of the account's login or password ends
 * every session opened before it.
 */
public final class Sessions {
    private final SessionsTable table;
    private final TokenSigner signer;
    private final Accounts accounts;
    private final Clock clock;

    public Sessions(SessionsTable table, TokenSigner signer, Accounts accounts, Clock clock) {
        this.table = table;
        this.signer = signer;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Opens a session of the account and answers the cookie's value. */
    public String open(Account account, Duration lifetime) {
        var expiration = clock.instant().plus(lifetime);
        var session = new Session(UUID.randomUUID(), account.accountId(), credentialsOf(account), expiration);
        table.put(session);
        return signer.signSession(session.sessionId(), account.accountId(), expiration);
    }

    /** The account of a live session; a cookie not of ours is 11062, one whose session ended 11072. */
    public Account authenticate(String cookie) {
        var claims = signer.session(cookie).orElseThrow(() -> new LunaException(ErrorCode.TOKEN_CORRUPTED));
        var now = clock.instant();
        return table.get(claims.sessionId())
                .filter(s -> s.accountId().equals(claims.accountId()) && now.isBefore(s.expirationTime()))
                .flatMap(s -> accounts.find(s.accountId()).filter(a -> credentialsOf(a).equals(s.credentials())))
                .orElseThrow(() -> new LunaException(ErrorCode.SESSION_ENDED));
    }

    /** Ends the session a cookie names, if it is one of ours; logging out twice is harmless. */
    public void close(String cookie) {
        signer.session(cookie).ifPresent(claims -> table.delete(claims.sessionId()));
    }

    /** Changes whenever the login or the password does (a new bcrypt hash has a new salt, even for the same password). */
    private static String credentialsOf(Account account) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((account.login() + "\n" + account.passwordHash()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** What the cookie's signature vouches for. */
    public record Claims(UUID sessionId, UUID accountId) {}

    static Optional<Claims> claims(UUID sessionId, UUID accountId) {
        return sessionId == null || accountId == null ? Optional.empty() : Optional.of(new Claims(sessionId, accountId));
    }
}
