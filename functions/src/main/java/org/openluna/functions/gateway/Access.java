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
 * @param resource the stateless resource ({@code iso}, {@code sdk}, {@code liveness}) a token's
 *                 {@code resources} must name; null for other routes
 */
public record Access(Kind kind, PermissionObject object, Verb verb, boolean readsAccountHeader, String resource) {

    public enum Kind {
        /** Credentials are not read at all (health, version, docs). */
        PUBLIC,
        /** Credentials are checked when given; the function decides what an anonymous caller may do. */
        OPTIONAL,
        /** An authenticated account is required. */
        ACCOUNT
    }

    public static Access open() {
        return new Access(Kind.PUBLIC, null, null, false, null);
    }

    public static Access optional() {
        return new Access(Kind.OPTIONAL, null, null, true, null);
    }

    public static Access authenticated() {
        return new Access(Kind.ACCOUNT, null, null, true, null);
    }

    public static Access permission(PermissionObject object, Verb verb) {
        return new Access(Kind.ACCOUNT, object, verb, true, null);
    }

    /** A stateless resource the token's {@code resources} list must name (seed l.231-234). */
    public static Access resource(String resource) {
        return new Access(Kind.ACCOUNT, null, null, true, resource);
    }

    /** For account creation, where {@code Luna-Account-Id} names the account to create, not the caller's. */
    public Access withAccountHeaderAsData() {
        return new Access(kind, object, verb, false, resource);
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
