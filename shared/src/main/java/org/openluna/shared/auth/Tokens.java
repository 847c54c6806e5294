package org.openluna.shared.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
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

    public Token create(Caller caller, TokenRequest request) {
        requireWithinCaller(caller, request);
        var now = Times.now(clock);
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
        requireWithinCaller(caller, request);
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

    /** Whoever proved the account's password may grant anything, custom permissions included; a token only what it has. */
    private static void requireWithinCaller(Caller caller, TokenRequest request) {
        if (caller.method() == AuthMethod.BEARER && !request.permissions().isWithin(caller.permissions())) {
            throw new LunaException(ErrorCode.PERMISSION_DENIED, "all requested", "permissions");
        }
    }
}
