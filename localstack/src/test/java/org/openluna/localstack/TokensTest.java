package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;

@ExtendWith(RunningStack.class)
class TokensTest {

    private static Map<String, Object> tokenBody(Map<String, Object> permissions, Object expiration) {
        var body = new HashMap<String, Object>();
        body.put("permissions", permissions);
        body.put("expiration_time", expiration);
        body.put("description", "test token");
        return body;
    }

    @Test
    void aTokenIsIssuedReadListedAndWorksAsBearer(Api api) {
        var account = api.newAccount("user");
        var issued = account.api().postJson("/6/tokens", tokenBody(Map.of("image", List.of("creation", "view")), null)).assertStatus(201);
        var tokenId = issued.text("token_id");
        assertThat(issued.text("url")).isEqualTo("/6/tokens/" + tokenId);
        var token = account.api().get("/6/tokens/" + tokenId).assertStatus(200).json();
        assertThat(token.get("account_id").asString()).isEqualTo(account.id());
        assertThat(token.get("token").asString()).isEqualTo(issued.text("token"));
        assertThat(token.get("visibility_area").asString()).isEqualTo("all");
        assertThat(token.get("expiration_time").isNull()).isTrue();
        assertThat(token.get("permissions").get("image").toString()).isEqualTo("[\"creation\",\"view\"]");
        assertThat(token.get("permissions").get("face").size()).isZero();
        assertThat(token.get("permissions").get("emit_events").get("allowed").asInt()).isZero();
        var listed = account.api().get("/6/tokens").assertStatus(200).json().get("tokens");
        assertThat(listed.size()).isEqualTo(1);

        var bearer = api.bearer(issued.text("token"));
        var imageId = bearer.post("/6/images", "image/jpeg", TestImages.jpeg()).assertStatus(201).text("image_id");
        account.api().get("/6/images/" + imageId).assertStatus(200);
    }

    @Test
    void aTokenWithoutThePermissionIsRefused(Api api) {
        var account = api.newAccount("user");
        var jwt = account.api().postJson("/6/tokens", tokenBody(Map.of("image", List.of("view")), null)).assertStatus(201).text("token");
        var reply = api.bearer(jwt).post("/6/images", "image/jpeg", TestImages.jpeg()).assertError(ErrorCode.PERMISSION_DENIED);
        assertThat(reply.text("detail")).contains("creation").contains("image");
        api.bearer(jwt).get("/6/tokens").assertError(ErrorCode.PERMISSION_DENIED);
        api.bearer(jwt).post("/6/samples/faces", "image/jpeg", TestImages.jpeg()).assertError(ErrorCode.PERMISSION_DENIED);
    }

    @Test
    void anExpiredTokenIsRefused(Api api) throws InterruptedException {
        var account = api.newAccount("user");
        var jwt = account.expiredToken(Map.of("image", List.of("view")));
        api.bearer(jwt).get("/6/images/" + java.util.UUID.randomUUID()).assertError(ErrorCode.TOKEN_EXPIRED);
    }

    @Test
    void aForgedOrGarbageTokenIsRefused(Api api) {
        api.bearer("not.a.jwt").get("/6/account").assertError(ErrorCode.TOKEN_CORRUPTED);
        var account = api.newAccount("user");
        var jwt = account.api().postJson("/6/tokens", tokenBody(Map.of("account", List.of("view")), null)).text("token");
        var tampered = jwt.substring(0, jwt.length() - 3) + (jwt.endsWith("A") ? "BBB" : "AAA");
        api.bearer(tampered).get("/6/account").assertError(ErrorCode.TOKEN_CORRUPTED);
    }

    @Test
    void replacingATokenIssuesANewJwtAndRevokesTheOld(Api api) {
        var account = api.newAccount("user");
        var issued = account.api().postJson("/6/tokens", tokenBody(Map.of("account", List.of("view")), null)).assertStatus(201);
        var tokenId = issued.text("token_id");
        var replaced = account.api().putJson("/6/tokens/" + tokenId, tokenBody(Map.of("account", List.of("view"), "image", List.of("view")), null))
                .assertStatus(200);
        assertThat(replaced.text("token_id")).isEqualTo(tokenId);
        assertThat(replaced.text("token")).isNotEqualTo(issued.text("token"));
        api.bearer(issued.text("token")).get("/6/account").assertError(ErrorCode.TOKEN_CORRUPTED);
        api.bearer(replaced.text("token")).get("/6/account").assertStatus(200);
        var permissions = account.api().get("/6/tokens/" + tokenId).json().get("permissions");
        assertThat(permissions.get("image").toString()).isEqualTo("[\"view\"]");
    }

    @Test
    void aDeletedTokenStopsWorking(Api api) {
        var account = api.newAccount("user");
        var issued = account.api().postJson("/6/tokens", tokenBody(Map.of("account", List.of("view")), null)).assertStatus(201);
        account.api().delete("/6/tokens/" + issued.text("token_id")).assertStatus(204);
        api.bearer(issued.text("token")).get("/6/account").assertError(ErrorCode.TOKEN_CORRUPTED);
        account.api().get("/6/tokens/" + issued.text("token_id")).assertError(ErrorCode.TOKEN_NOT_FOUND);
        account.api().delete("/6/tokens/" + issued.text("token_id")).assertError(ErrorCode.TOKEN_NOT_FOUND);
    }

    @Test
    void grantAllPermissionsGivesEveryVerb(Api api) {
        var account = api.newAccount("user");
        var tokenId = account.api().postJson("/6/tokens?grant_all_permissions=1", tokenBody(Map.of(), null)).assertStatus(201).text("token_id");
        var permissions = account.api().get("/6/tokens/" + tokenId).json().get("permissions");
        assertThat(permissions.get("face").size()).isEqualTo(5);
        assertThat(permissions.get("resources").size()).isEqualTo(3);
        assertThat(permissions.get("verify").get("allowed").asInt()).isEqualTo(1);
    }

    @Test
    void invalidPermissionsAreRefusedAndNothingIsStored(Api api) {
        var account = api.newAccount("user");
        account.api().postJson("/6/tokens", tokenBody(Map.of("image", List.of("matching")), null)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        account.api().postJson("/6/tokens", tokenBody(Map.of("Bad-Key", List.of("view")), null)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        account.api().postJson("/6/tokens", Map.of("permissions", Map.of())).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        var custom = account.api().postJson("/6/tokens", tokenBody(Map.of("my_plugin", List.of("view")), null)).assertStatus(201);
        assertThat(account.api().get("/6/tokens/" + custom.text("token_id")).json().get("permissions").get("my_plugin").toString())
                .isEqualTo("[\"view\"]");
        assertThat(account.api().get("/6/tokens").json().get("tokens").size()).isEqualTo(1);
    }

    @Test
    void aTokenHandsOutNoTokensEvenWithTokenCreation(Api api) {
        var account = api.newAccount("user");
        var jwt = account.api().postJson("/6/tokens", tokenBody(Map.of("token", List.of("creation", "modification", "deletion")), null))
                .text("token");
        var tokenId = account.api().postJson("/6/tokens", tokenBody(Map.of("image", List.of("view")), null)).text("token_id");
        api.bearer(jwt).postJson("/6/tokens", tokenBody(Map.of("token", List.of("creation")), null)).assertError(ErrorCode.OWN_CREDENTIALS_REQUIRED);
        api.bearer(jwt).putJson("/6/tokens/" + tokenId, tokenBody(Map.of("face", List.of("view")), null)).assertError(ErrorCode.OWN_CREDENTIALS_REQUIRED);
        api.bearer(jwt).delete("/6/tokens/" + tokenId).assertError(ErrorCode.OWN_CREDENTIALS_REQUIRED);
        account.api().get("/6/tokens/" + tokenId).assertStatus(200);
    }

    @Test
    void anotherAccountCanNeitherSeeNorTouchATokenOfTheFirst(Api api) {
        var first = api.newAccount("user");
        var second = api.newAccount("user");
        var tokenId = first.api().postJson("/6/tokens", tokenBody(Map.of("account", List.of("view")), null)).text("token_id");
        second.api().get("/6/tokens/" + tokenId).assertError(ErrorCode.TOKEN_NOT_FOUND);
        second.api().putJson("/6/tokens/" + tokenId, tokenBody(Map.of(), null)).assertError(ErrorCode.TOKEN_NOT_FOUND);
        second.api().delete("/6/tokens/" + tokenId).assertError(ErrorCode.TOKEN_NOT_FOUND);
        assertThat(second.api().get("/6/tokens?account_id=" + first.id()).json().get("tokens").size()).isZero();
        first.api().get("/6/tokens/" + tokenId).assertStatus(200);
    }

    @Test
    void anAdminWithVisibilityOfAllAccountsListsAnotherAccountsTokens(Api api) {
        var user = api.newAccount("user");
        user.api().postJson("/6/tokens", tokenBody(Map.of("account", List.of("view")), null)).assertStatus(201);
        var listed = api.admin().get("/6/tokens?account_id=" + user.id()).assertStatus(200).json().get("tokens");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("account_id").asString()).isEqualTo(user.id());
        assertThat(listed.get(0).get("token").isNull()).as("another account's token string").isTrue();
    }
}
