package org.openluna.shared.auth;

import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * Who is making a request, as the authorizer established it: the account the request acts in, what
 * it may do there, and which accounts' data it may read.
 *
 * @param accountId the account the request acts in; null only for {@link #anonymous()}
 * @param tokenId the token used, null unless {@code method} is {@link AuthMethod#BEARER}
 * @param credentialAccountId the account whose credentials these are: {@code accountId}, except for
 *                            an admin acting in another account with {@code Luna-Account-Id}
 */
public record Caller(
        UUID accountId,
        AccountType accountType,
        Permissions permissions,
        VisibilityArea visibility,
        AuthMethod method,
        UUID tokenId,
        UUID credentialAccountId) {

    public Caller {
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(method, "method");
    }

    public static Caller anonymous() {
        return new Caller(null, AccountType.USER, Permissions.none(), VisibilityArea.ACCOUNT, AuthMethod.NONE, null, null);
    }

    /** A caller that proved the account's own credentials: everything the account may do. */
    public static Caller owner(Account account, AuthMethod method) {
        return new Caller(account.accountId(), account.accountType(), Permissions.all(), VisibilityArea.ALL, method, null,
                account.accountId());
    }

    /** True while an admin acts in another account than its own. */
    public boolean actsInAnotherAccount() {
        return !Objects.equals(accountId, credentialAccountId);
    }

    public boolean isAnonymous() {
        return accountId == null;
    }

    /** The account the request acts in; an anonymous caller is refused. */
    public UUID account() {
        if (isAnonymous()) {
            throw new LunaException(ErrorCode.AUTHORIZATION_REQUIRED);
        }
        return accountId;
    }

    public void require(PermissionObject object, Verb verb) {
        account();
        if (!permissions.permits(object, verb)) {
            throw new LunaException(ErrorCode.PERMISSION_DENIED, verb.wire(), object.wire());
        }
    }

    /**
     * The seed's {@code verify} permission (l.243): allowed, and this verifier on its white list when
     * there is one and off its black list.
     */
    public void requireVerify(UUID verifierId) {
        account();
        if (!permissions.verify().permits(verifierId)) {
            throw new LunaException(ErrorCode.PERMISSION_DENIED, "verify", "verifier " + verifierId);
        }
    }

    /**
     * The seed's {@code emit_events} permission (l.236-240): allowed, and this handler on its white list
     * when there is one and off its black list.
     */
    public void requireEmitEvents(UUID handlerId) {
        account();
        if (!permissions.emitEvents().permits(handlerId)) {
            throw new LunaException(ErrorCode.PERMISSION_DENIED, "emit_events", "handler " + handlerId);
        }
    }

    /**
     * Events through a handler made on the caller's behalf, which no list of theirs can name yet: their
     * {@code emit_events} must be allowed with no white list.
     */
    public void requireEmitEventsThroughNewHandlers() {
        account();
        if (!permissions.emitEvents().allowed() || permissions.emitEvents().whiteList() != null) {
            throw new LunaException(ErrorCode.PERMISSION_DENIED, "emit_events", "a handler made for the request");
        }
    }

    public void requireResource(String resource) {
        account();
        if (!permissions.permitsResource(resource)) {
            throw new LunaException(ErrorCode.PERMISSION_DENIED, resource, "resources");
        }
    }

    public void requireAdmin() {
        account();
        if (accountType != AccountType.ADMIN) {
            throw new LunaException(ErrorCode.ADMIN_REQUIRED);
        }
    }

    /** Reads may span all accounts only for advanced users and admins whose visibility area is "all". */
    public boolean seesAllAccounts() {
        return !isAnonymous() && accountType.maySeeAllAccounts() && visibility == VisibilityArea.ALL;
    }

    /** True when an object of {@code owner} is visible to this caller. */
    public boolean sees(UUID owner) {
        return seesAllAccounts() || Objects.equals(accountId, owner);
    }
}
