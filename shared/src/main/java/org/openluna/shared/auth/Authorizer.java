package org.openluna.shared.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Headers;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.LunaException;

/**
 * Turns a request's credentials into a {@link Caller}: Basic login/password, a Bearer token, the
 * login cookie, or (deprecated, and only where the setting allows it) a bare {@code Luna-Account-Id}.
 * Which of them a route takes is the route's rule (ADR 0016), not this class's.
 * With credentials, {@code Luna-Account-Id} may only name the caller's own account, or any account
 * for an admin, who then acts in that account.
 */
public final class Authorizer {
    public static final String ACCOUNT_HEADER = "Luna-Account-Id";
    public static final String LOGIN_COOKIE = "LUNA_AUTH";

    private final Accounts accounts;
    private final Tokens tokens;
    private final Sessions sessions;
    private final boolean isAccountHeaderAlonePermitted;

    public Authorizer(Accounts accounts, Tokens tokens, Sessions sessions, boolean isAccountHeaderAlonePermitted) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.isAccountHeaderAlonePermitted = isAccountHeaderAlonePermitted;
    }

    /** @param readsAccountHeader false where the route reads Luna-Account-Id as data of its own */
    public Caller authenticate(Headers headers, boolean readsAccountHeader) {
        UUID accountHeader = headers.single(ACCOUNT_HEADER).filter(h -> readsAccountHeader).map(raw -> Ids.parseUuid(raw)
                .orElseThrow(() -> new LunaException(ErrorCode.BAD_HEADER, ACCOUNT_HEADER))).orElse(null);
        var authorization = headers.single("Authorization").map(String::trim).filter(s -> !s.isEmpty());
        if (authorization.isPresent()) {
            return narrowToHeader(fromAuthorization(authorization.get()), accountHeader);
        }
        var cookie = sessionCookie(headers);
        if (cookie.isPresent()) {
            return narrowToHeader(Caller.owner(sessions.authenticate(cookie.get()), AuthMethod.COOKIE), accountHeader);
        }
        if (accountHeader != null && isAccountHeaderAlonePermitted) {
            var account = accounts.find(accountHeader)
                    .orElseThrow(() -> new LunaException(ErrorCode.ACCOUNT_OF_HEADER_NOT_FOUND, accountHeader));
            // the header proves no secret, so it never carries an admin's or advanced user's wider rights
            return new Caller(account.accountId(), AccountType.USER, Permissions.all(), VisibilityArea.ACCOUNT,
                    AuthMethod.ACCOUNT_ID_HEADER, null, account.accountId());
        }
        return Caller.anonymous();
    }

    /** The account behind a login and password, as Basic authorization and credential checks use it. */
    public Account verifyPassword(String login, String password) {
        return accounts.verify(login, password)
                .orElseThrow(() -> new LunaException(ErrorCode.BAD_CREDENTIALS, shown(login)));
    }

    /** No login is longer than 128 characters: a longer one is echoed no further. */
    private static String shown(String login) {
        return login.length() > 128 ? login.substring(0, 128) + "..." : login;
    }

    private Caller fromAuthorization(String header) {
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String value = space < 0 ? "" : header.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Basic")) {
            var credentials = decodeBasic(value);
            return Caller.owner(verifyPassword(credentials[0], credentials[1]), AuthMethod.BASIC);
        }
        if (scheme.equalsIgnoreCase("Bearer")) {
            if (value.isEmpty()) {
                throw new LunaException(ErrorCode.TOKEN_CORRUPTED);
            }
            var token = tokens.authenticate(value);
            var account = accounts.find(token.accountId()).orElseThrow(() -> new LunaException(ErrorCode.TOKEN_CORRUPTED));
            return new Caller(account.accountId(), account.accountType(), token.permissions(), token.visibilityArea(),
                    AuthMethod.BEARER, token.tokenId(), account.accountId());
        }
        throw new LunaException(ErrorCode.BAD_AUTHORIZATION_HEADER);
    }

    private static String[] decodeBasic(String value) {
        try {
            var decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw new LunaException(ErrorCode.BAD_BASIC_AUTHORIZATION);
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw new LunaException(ErrorCode.BAD_BASIC_AUTHORIZATION, e);
        }
    }

    /** @param accountHeader null when the request names no account */
    private Caller narrowToHeader(Caller caller, UUID accountHeader) {
        if (accountHeader == null || accountHeader.equals(caller.accountId())) {
            return caller;
        }
        if (caller.accountType() != AccountType.ADMIN) {
            throw new LunaException(ErrorCode.ACCOUNT_HEADER_REJECTED, accountHeader);
        }
        var target = accounts.find(accountHeader)
                .orElseThrow(() -> new LunaException(ErrorCode.ACCOUNT_OF_HEADER_NOT_FOUND, accountHeader));
        return new Caller(target.accountId(), caller.accountType(), caller.permissions(), VisibilityArea.ACCOUNT,
                caller.method(), caller.tokenId(), caller.credentialAccountId());
    }

    /** The login cookie's value, if the request carries one. */
    public static Optional<String> sessionCookie(Headers headers) {
        return headers.single("Cookie").flatMap(cookies -> {
            for (var part : cookies.split(";")) {
                var pair = part.trim();
                if (pair.startsWith(LOGIN_COOKIE + "=")) {
                    return Optional.of(pair.substring(LOGIN_COOKIE.length() + 1));
                }
            }
            return Optional.empty();
        });
    }
}
