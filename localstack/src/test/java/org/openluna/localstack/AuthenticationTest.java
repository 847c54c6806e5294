package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;

/** The login cookie, credential verification and the deprecated Luna-Account-Id header. */
@ExtendWith(RunningStack.class)
class AuthenticationTest {

    @Test
    void theLoginCookieAuthenticatesUntilCleared(Api api) {
        var account = api.newAccount("user");
        var login = account.api().post("/6/login", "application/json", new byte[0]).assertStatus(204);
        var cookie = login.header("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("LUNA_AUTH=").contains("HttpOnly");
        var session = cookie.substring(0, cookie.indexOf(';'));
        var self = api.withHeader("Cookie", session).get("/6/account").assertStatus(200).json();
        assertThat(self.get("account_id").asString()).isEqualTo(account.id());
        var cleared = api.withHeader("Cookie", session).delete("/6/login").assertStatus(204);
        assertThat(cleared.header("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        api.withHeader("Cookie", "LUNA_AUTH=forged").get("/6/account").assertError(ErrorCode.TOKEN_CORRUPTED);
        new Api(api.port()).post("/6/login", "application/json", new byte[0]).assertError(ErrorCode.AUTHORIZATION_REQUIRED);
    }

    @Test
    void credentialVerificationTellsTheAccountOfALoginAndPassword(Api api) {
        var account = api.newAccount("advanced_user");
        var verified = api.postJson("/6/auth", Map.of("login", account.login(), "password", account.password())).assertStatus(200).json();
        assertThat(verified.get("account_id").asString()).isEqualTo(account.id());
        assertThat(verified.get("account_type").asString()).isEqualTo("advanced_user");
        api.postJson("/6/auth", Map.of("login", account.login(), "password", "wrong")).assertError(ErrorCode.BAD_CREDENTIALS);
        api.postJson("/6/auth", Map.of("login", account.login())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }

    @Test
    void theBareAccountHeaderIsNoCredentialOnTheEmbeddedDefault(Api api) {
        var account = api.newAccount("user");
        var imageId = account.api().post("/6/images", "image/jpeg", TestImages.jpeg()).text("image_id");
        var byHeader = api.withHeader("Luna-Account-Id", account.id());
        byHeader.get("/6/images/" + imageId).assertError(ErrorCode.AUTHORIZATION_REQUIRED);
        byHeader.get("/6/account").assertError(ErrorCode.AUTHORIZATION_REQUIRED);
        api.withHeader("Luna-Account-Id", "nope").get("/6/account").assertError(ErrorCode.BAD_HEADER);
        // with credentials it still narrows: a user names only its own account
        account.api().withHeader("Luna-Account-Id", account.id()).get("/6/images/" + imageId).assertStatus(200);
    }

    /** Where a deployment turns the bare header on, it acts in that account with no wider rights (SecurityFindingsTest has the rest). */
    @Test
    void whereTurnedOnTheBareAccountHeaderActsInThatAccountAsAUser(Api api, RunningStack.Started started) {
        var account = api.newAccount("user");
        var imageId = account.api().post("/6/images", "image/jpeg", TestImages.jpeg()).text("image_id");
        var gateway = InProcessGateway.headerAlone(started);
        var header = java.util.Map.of("Luna-Account-Id", java.util.List.of(account.id()));
        assertThat(InProcessGateway.call(gateway, "GET", "/6/images/" + imageId, header, null).status()).isEqualTo(200);
        var admin = api.admin().get("/6/account").json().get("account_id").asString();
        InProcessGateway.assertError(InProcessGateway.call(gateway, "GET", "/6/config",
                java.util.Map.of("Luna-Account-Id", java.util.List.of(admin)), null), ErrorCode.ADMIN_REQUIRED);
        InProcessGateway.assertError(InProcessGateway.call(gateway, "GET", "/6/images/" + imageId,
                java.util.Map.of("Luna-Account-Id", java.util.List.of(java.util.UUID.randomUUID().toString())), null),
                ErrorCode.ACCOUNT_OF_HEADER_NOT_FOUND);
    }

    @Test
    void theAccountHeaderNarrowsAnAdminButNotAUser(Api api) {
        var first = api.newAccount("user");
        var second = api.newAccount("user");
        var imageId = first.api().post("/6/images", "image/jpeg", TestImages.jpeg()).text("image_id");
        api.admin().withHeader("Luna-Account-Id", first.id()).get("/6/images/" + imageId).assertStatus(200);
        second.api().withHeader("Luna-Account-Id", first.id()).get("/6/images/" + imageId).assertError(ErrorCode.ACCOUNT_HEADER_REJECTED);
    }
}
