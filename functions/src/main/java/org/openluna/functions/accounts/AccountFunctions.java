package org.openluna.functions.accounts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.function.Function;
import org.openluna.functions.platform.LunaSettings;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.Targets;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.auth.AccountFilter;
import org.openluna.shared.auth.AccountPatch;
import org.openluna.shared.auth.AccountType;
import org.openluna.shared.auth.Accounts;
import org.openluna.shared.auth.Authorizer;
import org.openluna.shared.auth.NewAccount;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /6/accounts} and {@code /6/account} (seed l.76-149). */
@Configuration(proxyBeanMethods = false)
public class AccountFunctions {

    /** A creation's reply, {@code account_id} first as the seed shows it. */
    record Created(String accountId, String url) {}

    @Bean
    Function<ApiRequest, ApiResponse> getAccounts(Accounts accounts, Clock clock) {
        return req -> {
            req.caller().requireAdmin();
            var query = req.query();
            var paging = Paging.from(query);
            var targets = Targets.from(query, AccountView.FIELDS);
            var filter = new AccountFilter(query.string("login").orElse(null),
                    query.enumValue("account_type", AccountType.class, AccountType::parse).orElse(null),
                    TimeRange.from(query, "create_time", clock));
            var all = accounts.list(filter);
            var page = paging.slice(all).stream().map(a -> targets.select(AccountView.of(a))).toList();
            var body = new LinkedHashMap<String, Object>();
            body.put("accounts", page);
            body.put("total_count", all.size());
            return ApiResponse.ok(body);
        };
    }

    /** Only an admin creates accounts, unless the deployment opened registration to anyone. */
    @Bean
    Function<ApiRequest, ApiResponse> createAccount(Accounts accounts, LunaSettings settings) {
        return req -> {
            if (!settings.auth().openRegistration()) {
                req.caller().requireAdmin();
            }
            var newAccount = req.json(NewAccount.class);
            var requestedId = req.header(Authorizer.ACCOUNT_HEADER).map(raw -> Ids.parseUuid(raw)
                    .orElseThrow(() -> new LunaException(ErrorCode.BAD_HEADER, Authorizer.ACCOUNT_HEADER)));
            var account = requestedId.map(id -> accounts.create(newAccount, id)).orElseGet(() -> accounts.create(newAccount));
            return ApiResponse.created(new Created(account.accountId().toString(), "/6/account"));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getAccount(Accounts accounts) {
        return req -> {
            var targets = Targets.from(req.query(), AccountView.FIELDS);
            return ApiResponse.ok(targets.select(AccountView.of(accounts.get(req.caller().account()))));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> patchAccount(Accounts accounts) {
        return req -> {
            var patch = req.json(AccountPatch.class).requireAnyField();
            var target = accounts.get(req.caller().account());
            accounts.patch(target.accountId(), patch.requirePermittedFor(req.caller(), target));
            return ApiResponse.noContent();
        };
    }
}
