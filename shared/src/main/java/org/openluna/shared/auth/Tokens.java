package org.openluna.shared.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.api.Times;
import org.openluna.shared.tables.TokensTable;

/** Bearer tokens: issue, replace, read, revoke, and the check of a presented JWT. */
public final class Tokens {
    private final TokensTable table;
    private final TokenSigner signer;
    private final Clock clock;

    public Tokens(TokensTable table, TokenSigner signer, Clock clock) {
        this.table = table;
        this.signer = signer;
        this.clock = clock;
    }

    /** Only the account's own login and password (or their cookie) reach this: the route takes nothing else (ADR 0016). */
    public Token create(Caller caller, TokenRequest request) {
        var now = Times.now(clock);
        requireUnexpired(request, now);
        var tokenId = UUID.randomUUID();
        var token = new Token(tokenId, caller.account(), request.permissions(), request.description(),
                request.expirationTime(), request.visibilityArea(),
                signer.signToken(tokenId, caller.account(), request.expirationTime()),
                now, now);
        table.put(token);
        return token;
    }

    /** Replaces every field of an own token and issues a new JWT for it; the old JWT stops working. */
    public Token replace(Caller caller, UUID tokenId, TokenRequest request) {
        requireUnexpired(request, Times.now(clock));
        var before = get(caller, tokenId);
        if (!before.accountId().equals(caller.account())) {
            throw new LunaException(ErrorCode.TOKEN_NOT_FOUND, tokenId);
        }
        var token = new Token(tokenId, before.accountId(), request.permissions(), request.description(),
                request.expirationTime(), request.visibilityArea(),
                signer.signToken(tokenId, before.accountId(), request.expirationTime()),
                before.createTime(), Times.now(clock));
        if (!table.replace(token)) {
            throw new LunaException(ErrorCode.TOKEN_NOT_FOUND, tokenId);
        }
        return token;
    }

    /** A token the caller may see; another account's token is "not found", never "forbidden", so ids leak nothing. */
    public Token get(Caller caller, UUID tokenId) {
        return table.get(tokenId).filter(t -> caller.sees(t.accountId()))
                .orElseThrow(() -> new LunaException(ErrorCode.TOKEN_NOT_FOUND, tokenId));
    }

    public void delete(Caller caller, UUID tokenId) {
        if (!table.delete(caller.account(), tokenId)) {
            throw new LunaException(ErrorCode.TOKEN_NOT_FOUND, tokenId);
        }
    }

    /**
     * The tokens the caller may see, oldest first. {@code accountFilter} (null: none) narrows the listing
     * of a caller that sees all accounts and is ignored otherwise, as the seed says of the Luna-Account-Id header.
     */
    public List<Token> list(Caller caller, UUID accountFilter, TimeRange createTime) {
        List<Token> tokens;
        if (caller.seesAllAccounts()) {
            tokens = accountFilter == null ? table.all() : table.ofAccount(accountFilter);
        } else {
            tokens = table.ofAccount(caller.account());
        }
        return tokens.stream().filter(t -> createTime.contains(t.createTime()))
                .sorted(Comparator.comparing(Token::createTime).thenComparing(Token::tokenId))
                .toList();
    }

    /** The stored token behind a presented JWT: signed by us, not replaced or deleted since, and not expired. */
    public Token authenticate(String jwt) {
        var tokenId = signer.tokenIdOf(jwt).orElseThrow(() -> new LunaException(ErrorCode.TOKEN_CORRUPTED));
        var token = table.get(tokenId).filter(t -> t.jwt().equals(jwt))
                .orElseThrow(() -> new LunaException(ErrorCode.TOKEN_CORRUPTED));
        if (token.isExpiredAt(Instant.now(clock))) {
            throw new LunaException(ErrorCode.TOKEN_EXPIRED);
        }
        return token;
    }

    /**
     * Whether the caller may read the token's JWT: the token's own account, on its login and password
     * (or their cookie), or the token itself. Another account never, whatever its type, and a token
     * never another token's, which may carry more than it does.
     */
    public static boolean showsSecretTo(Token token, Caller caller) {
        // an admin acting in the account is still another account: it may make tokens there, not read them
        if (caller.isAnonymous() || !token.accountId().equals(caller.accountId()) || caller.actsInAnotherAccount()) {
            return false;
        }
        return caller.method() == AuthMethod.BASIC || caller.method() == AuthMethod.COOKIE
                || token.tokenId().equals(caller.tokenId());
    }

    /** A token that would be born expired is a mistake, not a token. */
    private static void requireUnexpired(TokenRequest request, Instant now) {
        if (request.expirationTime() != null && !request.expirationTime().isAfter(now)) {
            throw Check.invalid("expiration_time", "must be in the future");
        }
    }
}
