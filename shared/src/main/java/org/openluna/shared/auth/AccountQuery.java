package org.openluna.shared.auth;

import org.openluna.shared.api.QueryParams;

/**
 * The {@code account_id} query of listings of an account's own data (attributes, faces, lists): "Will
 * not have effect if Luna-Account-Id header is used for authorization" (seed l.2047). These listings
 * never leave the caller's account, so the filter can only narrow them: naming another account
 * finds nothing.
 */
public final class AccountQuery {
    private AccountQuery() {}

    /** True when the query names an account other than the one the request acts in, to an effect. */
    public static boolean excludesCaller(QueryParams query, Caller caller) {
        var named = query.uuid("account_id");
        return named.isPresent() && caller.method() != AuthMethod.ACCOUNT_ID_HEADER && !named.get().equals(caller.account());
    }
}
