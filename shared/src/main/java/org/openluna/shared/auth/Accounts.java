package org.openluna.shared.auth;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Times;
import org.openluna.shared.tables.AccountsTable;

/** The accounts of the platform: creation, changes, and the check of a login and password. */
public final class Accounts {
    private final AccountsTable table;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final VerifiedPasswords verifiedPasswords = new VerifiedPasswords(4096);

    public Accounts(AccountsTable table, PasswordHasher hasher, Clock clock) {
        this.table = table;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Account create(NewAccount request) {
        return create(request, UUID.randomUUID());
    }

    /** Creates the account under an id the client chose, as {@code Luna-Account-Id} does on creation. */
    public Account create(NewAccount request, UUID accountId) {
        var now = Times.now(clock);
        var account = new Account(accountId, request.login(),
                hasher.hash(request.password()), request.accountType(), request.description(), now, now);
        table.create(account);
        return account;
    }

    public Account get(UUID accountId) {
        return find(accountId).orElseThrow(() -> new LunaException(ErrorCode.ACCOUNT_NOT_FOUND, accountId));
    }

    public Optional<Account> find(UUID accountId) {
        return table.get(accountId);
    }

    /** Every account matching the filter, oldest first. */
    public List<Account> list(AccountFilter filter) {
        return table.all().stream()
                .filter(filter::matches)
                .sorted(Comparator.comparing(Account::createTime).thenComparing(Account::accountId))
                .toList();
    }

    public Account patch(UUID accountId, AccountPatch patch) {
        var before = get(accountId);
        var after = new Account(before.accountId(),
                patch.login().orElse(before.login()),
                patch.password().map(hasher::hash).orElse(before.passwordHash()),
                patch.accountType().orElse(before.accountType()),
                patch.description().orElse(before.description()),
                before.createTime(),
                Times.now(clock));
        table.update(before, after);
        return after;
    }

    /** The account whose login and password these are, or empty: the caller cannot tell which of the two was wrong. */
    public Optional<Account> verify(String login, String password) {
        // no account has such a login, and DynamoDB refuses keys past 2 KB: asking would only fail
        if (login.length() > NewAccount.MAX_LOGIN_LENGTH) {
            return Optional.empty();
        }
        return table.findByLogin(login).filter(account -> verifiedPasswords.matches(login, password, account.passwordHash(),
                () -> hasher.matches(password, account.passwordHash())));
    }

    /**
     * Makes sure the bootstrap admin exists with this password. Only the embedded default passes one;
     * a deployment is given its admin password as a secret, never a default.
     */
    public Account ensureAdmin(String login, String password) {
        var existing = table.findByLogin(login);
        if (existing.isPresent()) {
            return existing.get();
        }
        var now = Times.now(clock);
        var admin = new Account(UUID.randomUUID(), login, hasher.hash(password), AccountType.ADMIN,
                "bootstrap admin", now, now);
        try {
            table.create(admin);
            return admin;
        } catch (LunaException e) {
            if (e.error() == ErrorCode.ACCOUNT_LOGIN_TAKEN) {
                // another instance created it first
                return table.findByLogin(login).orElseThrow();
            }
            throw e;
        }
    }
}
