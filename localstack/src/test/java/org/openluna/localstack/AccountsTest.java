package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;

@ExtendWith(RunningStack.class)
class AccountsTest {

    @Test
    void anAdminCreatesAnAccountThatCanThenReadItself(Api api) {
        var login = "new" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var created = api.admin().postJson("/6/accounts", Map.of("login", login, "password", "secret",
                "account_type", "advanced_user", "description", "door cameras")).assertStatus(201);
        assertThat(created.text("url")).isEqualTo("/6/account");
        var self = api.basic(login, "secret").get("/6/account").assertStatus(200).json();
        assertThat(self.get("account_id").asString()).isEqualTo(created.text("account_id"));
        assertThat(self.get("login").asString()).isEqualTo(login);
        assertThat(self.get("account_type").asString()).isEqualTo("advanced_user");
        assertThat(self.get("description").asString()).isEqualTo("door cameras");
        assertThat(self.propertyNames()).containsExactly("account_id", "login", "account_type", "description", "create_time", "last_update_time");
    }

    @Test
    void theLunaAccountIdHeaderChoosesTheNewAccountsId(Api api) {
        var id = UUID.randomUUID().toString();
        api.admin().withHeader("Luna-Account-Id", id).postJson("/6/accounts", Map.of("login", "chosen" + id.substring(0, 6) + "@example.com",
                "password", "secret", "account_type", "user")).assertStatus(201);
        assertThat(api.admin().withHeader("Luna-Account-Id", id).get("/6/account").json().get("account_id").asString()).isEqualTo(id);
    }

    @Test
    void aTakenLoginIsRefusedWithConflict(Api api) {
        var account = api.newAccount("user");
        api.admin().postJson("/6/accounts", Map.of("login", account.login(), "password", "other", "account_type", "user"))
                .assertError(ErrorCode.ACCOUNT_LOGIN_TAKEN);
    }

    @Test
    void invalidAccountFieldsAreRefusedWithThePathOfTheField(Api api) {
        var badLogin = api.admin().postJson("/6/accounts", Map.of("login", "Not An Email", "password", "secret", "account_type", "user"))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        assertThat(badLogin.text("detail")).contains("Path: 'login'");
        api.admin().postJson("/6/accounts", Map.of("login", "ok@example.com", "password", "x", "account_type", "user"))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        api.admin().postJson("/6/accounts", Map.of("login", "ok@example.com", "password", "secret", "account_type", "admin"))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        api.admin().postJson("/6/accounts", Map.of("login", "ok@example.com", "password", "secret"))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        assertThat(api.admin().get("/6/accounts?login=ok@example.com").json().get("total_count").asInt()).isZero();
    }

    @Test
    void onlyAnAdminCreatesOrListsAccounts(Api api) {
        var user = api.newAccount("advanced_user");
        user.api().postJson("/6/accounts", Map.of("login", "sneaky@example.com", "password", "secret", "account_type", "user"))
                .assertError(ErrorCode.ADMIN_REQUIRED);
        new Api(api.port()).postJson("/6/accounts", Map.of("login", "sneaky@example.com", "password", "secret", "account_type", "user"))
                .assertError(ErrorCode.AUTHORIZATION_REQUIRED);
        user.api().get("/6/accounts").assertError(ErrorCode.ADMIN_REQUIRED);
    }

    @Test
    void accountsAreFilteredByLoginAndType(Api api) {
        var user = api.newAccount("user");
        var byLogin = api.admin().get("/6/accounts?login=" + user.login()).assertStatus(200).json();
        assertThat(byLogin.get("total_count").asInt()).isEqualTo(1);
        assertThat(byLogin.get("accounts").get(0).get("account_id").asString()).isEqualTo(user.id());
        var admins = api.admin().get("/6/accounts?account_type=admin&targets=login").json();
        assertThat(admins.get("accounts").get(0).get("login").asString()).isEqualTo(Api.ADMIN_LOGIN);
        api.admin().get("/6/accounts?account_type=superuser").assertError(ErrorCode.BAD_QUERY_PARAMETER);
    }

    @Test
    void patchingTheAccountChangesLoginAndPasswordForTheNextRequest(Api api) {
        var account = api.newAccount("user");
        var newLogin = "renamed" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        account.api().patchJson("/6/account", Map.of("login", newLogin, "password", "new-secret", "description", "renamed"))
                .assertStatus(204);
        account.api().get("/6/account").assertError(ErrorCode.BAD_CREDENTIALS);
        var self = api.basic(newLogin, "new-secret").get("/6/account").assertStatus(200).json();
        assertThat(self.get("description").asString()).isEqualTo("renamed");
        assertThat(self.get("account_id").asString()).isEqualTo(account.id());
        api.newAccount("user").api().patchJson("/6/account", Map.of("login", newLogin)).assertError(ErrorCode.ACCOUNT_LOGIN_TAKEN);
    }

    @Test
    void anEmptyPatchIsRefused(Api api) {
        api.newAccount("user").api().patchJson("/6/account", Map.of()).assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }

    @Test
    void wrongOrMalformedCredentialsAreRefused(Api api) {
        api.basic(Api.ADMIN_LOGIN, "wrong").get("/6/account").assertError(ErrorCode.BAD_CREDENTIALS);
        api.withHeader("Authorization", "Basic !!!").get("/6/account").assertError(ErrorCode.BAD_BASIC_AUTHORIZATION);
        api.withHeader("Authorization", "Digest abc").get("/6/account").assertError(ErrorCode.BAD_AUTHORIZATION_HEADER);
        new Api(api.port()).get("/6/account").assertError(ErrorCode.AUTHORIZATION_REQUIRED);
    }
}
