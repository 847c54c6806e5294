package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.auth.Account;
import org.openluna.shared.auth.AccountType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Accounts in DynamoDB. A login is unique: next to each account item lives a claim item keyed by the
 * login, and both are written in one transaction that fails if either key exists.
 */
public final class AccountsTable {
    private static final String ACCOUNT_PREFIX = "account#";
    private static final String LOGIN_PREFIX = "login#";

    private final DynamoDbClient dynamo;
    private final String table;

    public AccountsTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.accounts();
    }

    /** Stores a new account; fails with a catalogue error if its id or login is taken. */
    public void create(Account account) {
        var request = TransactWriteItemsRequest.builder().transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(toItem(account))
                        .conditionExpression("attribute_not_exists(pk)").build()).build(),
                TransactWriteItem.builder().put(loginClaim(account)).build()).build();
        try {
            dynamo.transactWriteItems(request);
        } catch (TransactionCanceledException e) {
            throw conflict(e, account, 0, 1);
        }
    }

    /** Replaces an account; when the login changed, the old claim is released and the new one taken in the same transaction. */
    public void update(Account before, Account after) {
        var items = new ArrayList<TransactWriteItem>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(toItem(after))
                .conditionExpression("attribute_exists(pk)").build()).build());
        if (!before.login().equals(after.login())) {
            items.add(TransactWriteItem.builder().put(loginClaim(after)).build());
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(Map.of(TableDefinitions.ACCOUNTS_KEY, s(LOGIN_PREFIX + before.login()))).build()).build());
        }
        try {
            dynamo.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
        } catch (TransactionCanceledException e) {
            throw conflict(e, after, -1, 1);
        }
    }

    public Optional<Account> get(UUID accountId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(TableDefinitions.ACCOUNTS_KEY, s(ACCOUNT_PREFIX + accountId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    public Optional<Account> findByLogin(String login) {
        var claim = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(TableDefinitions.ACCOUNTS_KEY, s(LOGIN_PREFIX + login)))).item();
        if (claim == null || claim.isEmpty()) {
            return Optional.empty();
        }
        return get(Items.uuid(claim, "account_id"));
    }

    /** Every account. Accounts are few (tenants, not people), so listing reads them all and pages in memory. */
    public List<Account> all() {
        var accounts = new ArrayList<Account>();
        var request = ScanRequest.builder().tableName(table).consistentRead(true)
                .filterExpression("begins_with(pk, :prefix)")
                .expressionAttributeValues(Map.of(":prefix", s(ACCOUNT_PREFIX))).build();
        dynamo.scanPaginator(request).items().forEach(item -> accounts.add(fromItem(item)));
        return accounts;
    }

    private Put loginClaim(Account account) {
        return Put.builder().tableName(table)
                .item(Map.of(TableDefinitions.ACCOUNTS_KEY, s(LOGIN_PREFIX + account.login()),
                        "account_id", s(account.accountId())))
                .conditionExpression("attribute_not_exists(pk)").build();
    }

    private static LunaException conflict(TransactionCanceledException e, Account account, int idIndex, int loginIndex) {
        List<CancellationReason> reasons = e.cancellationReasons();
        if (idIndex >= 0 && failed(reasons, idIndex)) {
            return new LunaException(ErrorCode.ACCOUNT_ID_TAKEN, e, account.accountId());
        }
        if (failed(reasons, loginIndex)) {
            return new LunaException(ErrorCode.ACCOUNT_LOGIN_TAKEN, e, account.login());
        }
        if (idIndex < 0 && failed(reasons, 0)) {
            return new LunaException(ErrorCode.ACCOUNT_NOT_FOUND, e, account.accountId());
        }
        throw e;
    }

    private static boolean failed(List<CancellationReason> reasons, int index) {
        return reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    private static Map<String, AttributeValue> toItem(Account account) {
        var item = new HashMap<String, AttributeValue>();
        item.put(TableDefinitions.ACCOUNTS_KEY, s(ACCOUNT_PREFIX + account.accountId()));
        item.put("account_id", s(account.accountId()));
        item.put("login", s(account.login()));
        item.put("password_hash", s(account.passwordHash()));
        item.put("account_type", s(account.accountType().wire()));
        item.put("description", s(account.description()));
        item.put("create_time", Items.time(account.createTime()));
        item.put("last_update_time", Items.time(account.lastUpdateTime()));
        return item;
    }

    private static Account fromItem(Map<String, AttributeValue> item) {
        return new Account(
                Items.uuid(item, "account_id"),
                Items.string(item, "login"),
                Items.string(item, "password_hash"),
                AccountType.parse(Items.string(item, "account_type")).orElseThrow(),
                Items.string(item, "description"),
                Items.instant(item, "create_time"),
                Items.instant(item, "last_update_time"));
    }
}
