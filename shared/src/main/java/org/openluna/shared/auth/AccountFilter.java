package org.openluna.shared.auth;

import org.openluna.shared.api.TimeRange;

/**
 * The filters of {@code GET /6/accounts}.
 *
 * @param login null for any login
 * @param accountType null for any type
 */
public record AccountFilter(String login, AccountType accountType, TimeRange createTime) {
    boolean matches(Account account) {
        return (login == null || login.equals(account.login()))
                && (accountType == null || accountType == account.accountType())
                && createTime.contains(account.createTime());
    }
}
