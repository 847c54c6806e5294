package org.openluna.functions.gateway;

import java.util.Optional;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.auth.AuthMethod;
import org.openluna.shared.auth.Caller;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;

/**
 * What a route demands of its caller, checked by the gateway before the function runs. Functions may
 * check more (which kind of sample, whose token), never less. ADR 0016 is the model this encodes.
 *
 * @param kind whether credentials are ignored, read when present, or required
 * @param credentials which proofs of identity the route takes
 * @param object with {@code verb}, the permission a token must carry; null for routes any account may call
 * @param resource the entry of the token's {@code resources} the route needs (seed l.233: iso, sdk,
 *                 liveness); null for routes that need none
 * @param readsAccountHeader whether Luna-Account-Id takes part in authentication on this route
 */
public record Access(Kind kind, Credentials credentials, PermissionObject object, Verb verb, String resource,
                     boolean readsAccountHeader) {

    public enum Kind {
        /** Credentials are not read at all (health, version, docs). */
        PUBLIC,
        /** Credentials are checked when given; the function decides what an anonymous caller may do. */
        OPTIONAL,
        /** An authenticated account is required. */
        ACCOUNT
    }

    /** Which proofs of identity a route takes, from the widest to the narrowest. */
    public enum Credentials {
        /** Login and password, the login cookie, a token, and the bare Luna-Account-Id header where the deployment allows it. */
        ANY,
        /** Any proof of a secret, never the bare header: the routes that read accounts and tokens. */
        SECRET,
        /** The account's own login and password, or the login cookie they made: account and token management. */
        OWNER,
        /** Login and password themselves: only they open a login session. */
        PASSWORD
    }

    public static Access open() {
        return new Access(Kind.PUBLIC, Credentials.ANY, null, null, null, false);
    }

    public static Access optional() {
        return new Access(Kind.OPTIONAL, Credentials.ANY, null, null, null, true);
    }

    public static Access authenticated() {
        return new Access(Kind.ACCOUNT, Credentials.ANY, null, null, null, true);
    }

    public static Access permission(PermissionObject object, Verb verb) {
        return new Access(Kind.ACCOUNT, Credentials.ANY, object, verb, null, true);
    }

    /** A processing route a token may call only when its {@code resources} name it. */
    public static Access resource(String resource) {
        return new Access(Kind.ACCOUNT, Credentials.ANY, null, null, resource, true);
    }

    /** Luna-Account-Id takes no part in authentication: account creation reads it as the id to create, login ignores it. */
    public Access ignoringAccountHeader() {
        return new Access(kind, credentials, object, verb, resource, false);
    }

    /** Never the bare header. */
    public Access secretOnly() {
        return taking(Credentials.SECRET);
    }

    /** Only the account's own login and password, or their cookie. */
    public Access ownerOnly() {
        return taking(Credentials.OWNER);
    }

    /** Only login and password. */
    public Access passwordOnly() {
        return taking(Credentials.PASSWORD);
    }

    private Access taking(Credentials taken) {
        return new Access(kind, taken, object, verb, resource, readsAccountHeader);
    }

    public Optional<String> permission() {
        if (resource != null) {
            return Optional.of("resources:" + resource);
        }
        return object == null ? Optional.empty() : Optional.of(object.wire() + ":" + verb.wire());
    }

    boolean readsCredentials() {
        return kind != Kind.PUBLIC;
    }

    void enforce(Caller caller) {
        if (kind == Kind.PUBLIC) {
            return;
        }
        if (!caller.isAnonymous()) {
            requireTakenCredentials(caller.method());
        }
        if (kind != Kind.ACCOUNT) {
            return;
        }
        caller.account();
        if (object != null) {
            caller.require(object, verb);
        }
        if (resource != null) {
            caller.requireResource(resource);
        }
    }

    private void requireTakenCredentials(AuthMethod method) {
        boolean taken = switch (credentials) {
            case ANY -> true;
            case SECRET -> method != AuthMethod.ACCOUNT_ID_HEADER;
            case OWNER -> method == AuthMethod.BASIC || method == AuthMethod.COOKIE;
            case PASSWORD -> method == AuthMethod.BASIC;
        };
        if (taken) {
            return;
        }
        if (method == AuthMethod.ACCOUNT_ID_HEADER) {
            // the header proves no secret; here it counts for nothing
            throw new LunaException(ErrorCode.AUTHORIZATION_REQUIRED);
        }
        throw new LunaException(ErrorCode.OWN_CREDENTIALS_REQUIRED, credentials == Credentials.PASSWORD
                ? "This request needs the account's login and password as Basic authorization"
                : "This request needs the account's login and password (or their login cookie); a token cannot make it");
    }
}
