package org.openluna.functions.gateway;

import java.util.Optional;
import org.openluna.shared.auth.Caller;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;

/**
 * What a route demands of its caller, checked by the gateway before the function runs. Functions may
 * check more (which kind of sample, whose token), never less.
 *
 * @param kind whether credentials are ignored, read when present, or required
 * @param readsAccountHeader whether Luna-Account-Id takes part in authentication on this route
 * @param object with {@code verb}, the permission a token must carry; null for routes any account may call
 * @param resource the entry of the token's {@code resources} the route needs (seed l.233: iso, sdk,
 *                 liveness); null for routes that need none
 */
public record Access(Kind kind, PermissionObject object, Verb verb, String resource, boolean readsAccountHeader) {

    public enum Kind {
        /** Credentials are not read at all (health, version, docs). */
        PUBLIC,
        /** Credentials are checked when given; the function decides what an anonymous caller may do. */
        OPTIONAL,
        /** An authenticated account is required. */
        ACCOUNT
    }

    public static Access open() {
        return new Access(Kind.PUBLIC, null, null, null, false);
    }

    public static Access optional() {
        return new Access(Kind.OPTIONAL, null, null, null, true);
    }

    public static Access authenticated() {
        return new Access(Kind.ACCOUNT, null, null, null, true);
    }

    public static Access permission(PermissionObject object, Verb verb) {
        return new Access(Kind.ACCOUNT, object, verb, null, true);
    }

    /** A processing route a token may call only when its {@code resources} name it. */
    public static Access resource(String resource) {
        return new Access(Kind.ACCOUNT, null, null, resource, true);
    }

    /** For account creation, where {@code Luna-Account-Id} names the account to create, not the caller's. */
    public Access withAccountHeaderAsData() {
        return new Access(kind, object, verb, resource, false);
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
}
