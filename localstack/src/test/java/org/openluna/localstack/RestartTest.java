package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stack of its own, stopped and started again on the same data folder. */
class RestartTest {

    @Test
    void accountsTokensAndBlobsSurviveARestartOfTheLauncher() throws Exception {
        var dataDir = Files.createTempDirectory("luna-restart-");
        var settings = FreePorts.settingsFor(dataDir);
        String login;
        String jwt;
        String imageId;
        String objectId;
        byte[] image = TestImages.jpeg();
        try (var stack = LocalStack.start(settings)) {
            var api = new Api(stack.gatewayPort());
            var account = api.newAccount("user");
            login = account.login();
            jwt = account.api().postJson("/6/tokens", Map.of("permissions", Map.of("image", List.of("view"), "object", List.of("view")),
                    "expiration_time", "2999-01-01T00:00:00Z")).assertStatus(201).text("token");
            imageId = account.api().post("/6/images", "image/jpeg", image).assertStatus(201).text("image_id");
            objectId = account.api().post("/6/objects", "text/plain", "kept".getBytes()).assertStatus(201).text("object_id");
        }
        try (var stack = LocalStack.start(settings)) {
            var api = new Api(stack.gatewayPort());
            assertThat(api.admin().get("/6/accounts?login=" + login).json().get("total_count").asInt()).isEqualTo(1);
            var bearer = api.bearer(jwt);
            assertThat(bearer.get("/6/images/" + imageId).assertStatus(200).bytes()).isEqualTo(image);
            assertThat(new String(bearer.get("/6/objects/" + objectId).assertStatus(200).bytes())).isEqualTo("kept");
        }
    }
}
