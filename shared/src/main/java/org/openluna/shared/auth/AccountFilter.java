package org.openluna.shared.auth;

import java.util.Optional;
import org.openluna.shared.api.TimeRange;

/** The filters of {@code GET /6/accounts}. */
public record AccountFilter(Optional<String> login, Optional<AccountType> accountType, TimeRange createTime) {
    boolean matches(Account account) {
        return login.map(account.login()::equals).orElse(true)
                && accountType.map(t -> t == account.accountType()).orElse(true)
                && createTime.contains(account.createTime());
    }
}
