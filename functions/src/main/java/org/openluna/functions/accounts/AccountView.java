package org.openluna.functions.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.shared.api.Times;
import org.openluna.shared.auth.Account;

/** An account as the API shows it (seed l.86-96); the password hash never leaves the table. */
final class AccountView {
    static final List<String> FIELDS = List.of("account_id", "login", "account_type", "description", "create_time", "last_update_time");

    private AccountView() {}

    static Map<String, Object> of(Account account) {
        var view = new LinkedHashMap<String, Object>();
        view.put("account_id", account.accountId().toString());
        view.put("login", account.login());
        view.put("account_type", account.accountType().wire());
        view.put("description", account.description());
        view.put("create_time", Times.format(account.createTime()));
        view.put("last_update_time", Times.format(account.lastUpdateTime()));
        return view;
    }
}
