package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.events.StoredEventJson;
import org.openluna.shared.queues.EventWriteBuffer;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The nine findings of the security review (issue 13), each as the reviewer saw it, now refused, and
 * what the reviews of the fixes found next. The rules they break are ADR 0016's;
 * AuthorizationMatrixTest holds every route to them, HttpEdgesTest the requests no route sees.
 */
@ExtendWith(RunningStack.class)
class SecurityFindingsTest {
    private static final String FOREVER = "2999-01-01T00:00:00Z";
    private static final BigInteger PAST_64_BITS = new BigInteger("123456789012345678901234567890");
    private static final BigInteger HUNDREDS_OF_DIGITS = new BigInteger("9".repeat(400));

    @Test
    void aTokenCannotChangeTheAccountsPasswordOrLogin(Api api) {
        var account = api.newAccount("user");
        var faceViewer = account.withToken(Map.of("face", List.of("view")));
        faceViewer.patchJson("/6/account", Map.of("password", "taken-over")).assertError(ErrorCode.OWN_CREDENTIALS_REQUIRED);
        var noPermissions = account.withToken(Map.of());
        noPermissions.patchJson("/6/account", Map.of("password", "taken-over")).assertError(ErrorCode.OWN_CREDENTIALS_REQUIRED);
        noPermissions.patchJson("/6/account", Map.of("login", "thief@example.com")).assertError(ErrorCode.OWN_CREDENTIALS_REQUIRED);
        var self = account.api().get("/6/account").assertStatus(200).json();
        assertThat(self.get("login").asString()).isEqualTo(account.login());
        // the account's own password still may
        account.api().patchJson("/6/account", Map.of("description", "mine")).assertStatus(204);
    }

    @Test
    void noUserBecomesAnAdvancedUserAndNoAccountReadsAnothersTokenStrings(Api api) {
        var adminToken = api.admin().postJson("/6/tokens", Map.of("permissions", Map.of("account", List.of("view")),
                "expiration_time", FOREVER)).assertStatus(201).text("token");
        var user = api.newAccount("user");
        user.api().patchJson("/6/account", Map.of("account_type", "advanced_user")).assertError(ErrorCode.ADMIN_REQUIRED);
        assertThat(user.api().get("/6/account").json().get("account_type").asString()).isEqualTo("user");

        // an admin may make it one, acting in that account
        api.admin().withHeader("Luna-Account-Id", user.id()).patchJson("/6/account", Map.of("account_type", "advanced_user"))
                .assertStatus(204);
        var advanced = user.api();
        var own = user.withToken(Map.of("list", List.of("view")));
        var tokens = advanced.get("/6/tokens?page_size=1000").assertStatus(200).json().get("tokens");
        int others = 0;
        for (var token : tokens) {
            boolean mine = token.get("account_id").asString().equals(user.id());
            assertThat(token.get("token").isNull()).as("token %s of account %s", token.get("token_id"), token.get("account_id"))
                    .isEqualTo(!mine);
            others += mine ? 0 : 1;
        }
        assertThat(others).as("an advanced user sees other accounts' tokens, without their strings").isPositive();
        advanced.get("/6/accounts").assertError(ErrorCode.ADMIN_REQUIRED);
        var adminTokenId = api.admin().get("/6/tokens?page_size=1000").json().get("tokens").valueStream()
                .filter(t -> adminToken.equals(t.get("token").asString())).findFirst().orElseThrow().get("token_id").asString();
        assertThat(advanced.get("/6/tokens/" + adminTokenId).assertStatus(200).json().get("token").isNull()).isTrue();
        // and its own token with list:view reads no other token's string, not even of its own account
        var listed = own.get("/6/tokens?page_size=1000");
        listed.assertError(ErrorCode.PERMISSION_DENIED);
        advanced.withHeader("Luna-Account-Id", api.newAccount("user").id()).postJson("/6/lists", Map.of())
                .assertError(ErrorCode.ACCOUNT_HEADER_REJECTED);
        // an admin account's type never changes
        api.admin().patchJson("/6/account", Map.of("account_type", "user")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }

    @Test
    void anAdminActingInAnAccountMakesItsTokensButReadsNoneOfTheirStrings(Api api) {
        var account = api.newAccount("user");
        var tokenId = account.api().postJson("/6/tokens", Map.of("permissions", Map.of(), "expiration_time", FOREVER)).text("token_id");
        var actingAdmin = api.admin().withHeader("Luna-Account-Id", account.id());
        assertThat(actingAdmin.get("/6/tokens/" + tokenId).assertStatus(200).json().get("token").isNull()).isTrue();
        actingAdmin.get("/6/tokens").assertStatus(200).json().get("tokens")
                .forEach(token -> assertThat(token.get("token").isNull()).as(token.toString()).isTrue());
        var made = actingAdmin.postJson("/6/tokens", Map.of("permissions", Map.of("face", List.of("view")), "expiration_time", FOREVER))
                .assertStatus(201);
        assertThat(made.text("token")).as("the one who makes a token is given it").isNotBlank();
    }

    /**
     * The reviewer's finding after the first nine: a handler's callback pointed at the platform's own
     * SQS emulator made the platform write another account's events. No callback reaches the platform's
     * services, whatever name or address it uses; a receiver elsewhere on this machine still may.
     */
    @Test
    void noCallbackReachesThePlatformsOwnServices(Api api, RunningStack.Started started) {
        var client = api.newAccount("user").withToken();
        var ports = started.settings().emulatorPorts();
        var own = List.of(ports.sqs(), ports.dynamodb(), ports.s3(), started.settings().inferencePort(), started.settings().matcherPort(),
                started.settings().senderPort(), api.port());
        for (int port : own) {
            for (var host : List.of("127.0.0.1", "localhost", "127.0.0.2", "[::1]", "0.0.0.0")) {
                var url = "http://" + host + ":" + port + "/?Action=SendMessage";
                client.postJson("/6/handlers", callbackHandler(url, Map.of()))
                        .assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("storage_policy.callbacks.0.url");
            }
        }
        client.postJson("/6/handlers", callbackHandler("http://169.254.169.254/latest/meta-data/", Map.of()))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("link-local");
        client.postJson("/6/handlers/validator", callbackHandler("http://127.0.0.1:" + ports.sqs() + "/", Map.of()))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        for (var header : List.of("Host", "Content-Length", "Transfer-Encoding", "Bad Header", "X-Ok\r\nX-Injected")) {
            client.postJson("/6/handlers", callbackHandler("http://127.0.0.1:9/", Map.of(header, "x")))
                    .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        }
        client.postJson("/6/handlers", callbackHandler("http://127.0.0.1:9/", Map.of("X-Value", "a\r\nInjected: 1")))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        // a receiver of the user's own on this machine is no service of the platform
        client.postJson("/6/handlers", callbackHandler("http://127.0.0.1:9/hook", Map.of("X-Trace", "1"))).assertStatus(201);
        assertThat(client.get("/6/handlers/count").json().get("handlers_count").asInt()).isEqualTo(1);
    }

    private static Map<String, Object> callbackHandler(String url, Map<String, String> headers) {
        return Map.of("policies", Map.of("storage_policy", Map.of("callbacks",
                List.of(Map.of("type", "http", "url", url, "params", Map.of("headers", headers))))));
    }

    @Test
    void aTokensStringShowsOnlyToItsAccountsPasswordAndToItself(Api api) {
        var account = api.newAccount("user");
        var strong = account.api().postJson("/6/tokens?grant_all_permissions=1", Map.of("permissions", Map.of(),
                "expiration_time", FOREVER)).assertStatus(201);
        var weak = account.withToken(Map.of("token", List.of("view")));
        var seenByWeak = weak.get("/6/tokens/" + strong.text("token_id")).assertStatus(200).json();
        assertThat(seenByWeak.get("token").isNull()).as("a weaker token never reads a stronger one's string").isTrue();
        assertThat(account.api().get("/6/tokens/" + strong.text("token_id")).json().get("token").asString()).isEqualTo(strong.text("token"));
    }

    @Test
    void aTokenCannotBuyALoginCookie(Api api) {
        var account = api.newAccount("user");
        var limited = account.withToken(Map.of("face", List.of("view")));
        var refused = limited.post("/6/login", "application/json", new byte[0]).assertError(ErrorCode.OWN_CREDENTIALS_REQUIRED);
        assertThat(refused.header("Set-Cookie")).isEmpty();
        limited.postJson("/6/tokens?grant_all_permissions=1", Map.of("permissions", Map.of(), "expiration_time", FOREVER))
                .assertError(ErrorCode.OWN_CREDENTIALS_REQUIRED);
        // a cookie made by the password carries the password's rights, as a browser session needs
        var cookie = account.api().loginCookie();
        api.withHeader("Cookie", cookie).postJson("/6/tokens", Map.of("permissions", Map.of(), "expiration_time", FOREVER))
                .assertStatus(201);
        // and a cookie cannot open another session
        api.withHeader("Cookie", cookie).post("/6/login", "application/json", new byte[0]).assertError(ErrorCode.OWN_CREDENTIALS_REQUIRED);
    }

    @Test
    void aLoginCookieEndsOnLogoutAndWhenThePasswordOrLoginChanges(Api api) {
        var account = api.newAccount("user");
        var first = account.api().loginCookie();
        var second = account.api().loginCookie();
        api.withHeader("Cookie", first).delete("/6/login").assertStatus(204);
        api.withHeader("Cookie", first).get("/6/account").assertError(ErrorCode.SESSION_ENDED);
        api.withHeader("Cookie", second).get("/6/account").assertStatus(200);
        // logging out an ended session is harmless
        api.withHeader("Cookie", first).delete("/6/login").assertStatus(204);

        account.api().patchJson("/6/account", Map.of("password", "the-new-one")).assertStatus(204);
        api.withHeader("Cookie", second).get("/6/account").assertError(ErrorCode.SESSION_ENDED);
        var renewed = new Api(api.port()).basic(account.login(), "the-new-one");
        var third = renewed.loginCookie();
        renewed.patchJson("/6/account", Map.of("login", "moved" + account.login())).assertStatus(204);
        api.withHeader("Cookie", third).get("/6/account").assertError(ErrorCode.SESSION_ENDED);
        account.api().get("/6/account").assertError(ErrorCode.BAD_CREDENTIALS);
    }

    @Test
    void theAccountHeaderAloneAuthenticatesNothingByDefault(Api api) {
        var account = api.newAccount("user");
        var imageId = account.api().post("/6/images", "image/jpeg", TestImages.jpeg()).text("image_id");
        var bare = new Api(api.port()).withHeader("Luna-Account-Id", account.id());
        bare.patchJson("/6/account", Map.of("password", "taken-over")).assertError(ErrorCode.AUTHORIZATION_REQUIRED);
        bare.postJson("/6/tokens?grant_all_permissions=1", Map.of("permissions", Map.of(), "expiration_time", FOREVER))
                .assertError(ErrorCode.AUTHORIZATION_REQUIRED);
        bare.get("/6/images/" + imageId).assertError(ErrorCode.AUTHORIZATION_REQUIRED);
        account.api().get("/6/account").assertStatus(200);
    }

    /** A deployment that turns the header on for old clients: it then reaches data, never accounts, tokens or logins. */
    @Test
    void whereTheAccountHeaderAloneIsOnItNeverReachesAccountsTokensOrLogin(Api api, RunningStack.Started started) {
        var account = api.newAccount("user");
        var imageId = account.api().post("/6/images", "image/jpeg", TestImages.jpeg()).text("image_id");
        var gateway = InProcessGateway.headerAlone(started);
        var header = Map.of("Luna-Account-Id", List.of(account.id()));
        assertThat(InProcessGateway.call(gateway, "GET", "/6/images/" + imageId, header, null).status()).isEqualTo(200);
        var body = Json.write(Map.of("password", "taken-over"));
        InProcessGateway.assertError(InProcessGateway.call(gateway, "PATCH", "/6/account", header, body), ErrorCode.AUTHORIZATION_REQUIRED);
        InProcessGateway.assertError(InProcessGateway.call(gateway, "GET", "/6/account", header, null), ErrorCode.AUTHORIZATION_REQUIRED);
        InProcessGateway.assertError(InProcessGateway.call(gateway, "POST", "/6/tokens", header, Json.write(Map.of("permissions", Map.of(), "expiration_time", FOREVER))),
                ErrorCode.AUTHORIZATION_REQUIRED);
        InProcessGateway.assertError(InProcessGateway.call(gateway, "GET", "/6/tokens", header, null), ErrorCode.AUTHORIZATION_REQUIRED);
        InProcessGateway.assertError(InProcessGateway.call(gateway, "POST", "/6/login", header, null), ErrorCode.AUTHORIZATION_REQUIRED);
        InProcessGateway.assertError(InProcessGateway.call(gateway, "GET", "/6/accounts", header, null), ErrorCode.AUTHORIZATION_REQUIRED);
        account.api().get("/6/account").assertStatus(200);
    }

    @Test
    void numbersPastTheirRangeAreTheFieldsErrorNeverA500(Api api) {
        var client = api.newAccount("user").withToken();
        var face = Matching.reference("face", UUID.randomUUID().toString());
        for (var huge : List.<Object>of(PAST_64_BITS, HUNDREDS_OF_DIGITS, new BigDecimal("1e400"), PAST_64_BITS.negate())) {
            client.postJson("/6/matcher/faces", Matching.body(List.of(face), List.of(Map.of("filters", Map.of("origin", "faces"), "limit", huge))))
                    .assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("limit");
            client.postJson("/6/matcher/faces", Matching.body(List.of(face),
                    List.of(Map.of("filters", Map.of("origin", "faces"), "threshold", huge))))
                    .assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("threshold");
            client.postJson("/6/verifiers", Map.of("policies", Map.of("verification_threshold", huge)))
                    .assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("verification_threshold");
            client.postJson("/6/handlers", Map.of("policies", Map.of("match_policy",
                    List.of(Map.of("candidates", Map.of("origin", "faces"), "threshold", huge)))))
                    .assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("threshold");
            for (var list : List.of("emit_events", "verify")) {
                api.admin().postJson("/6/tokens", Map.of("permissions", Map.of(list, Map.of("allowed", huge)), "expiration_time", FOREVER))
                        .assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains(list + ".allowed");
            }
            var stats = client.postJson("/6/events/stats", Map.of("targets", List.of(Map.of("column", "age", "aggregator", "max")),
                    "filters", List.of(Map.of("column", "age", "operator", "gte", "value", huge))));
            if (huge.equals(PAST_64_BITS) || huge.equals(PAST_64_BITS.negate())) {
                // a statistics filter compares doubles, and this one is a double: it simply matches nothing
                stats.assertStatus(200);
            } else {
                stats.assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("value");
            }
            for (var filter : List.of("age__gte", "gender")) {
                var status = client.postJson("/6/matcher/faces", Matching.body(List.of(face),
                        List.of(Map.of("filters", Map.of("origin", "events", filter, huge))))).status();
                assertThat(status).as("%s of %s", filter, huge).isEqualTo(400);
                client.get("/6/events?" + filter + "=" + huge.toString().replace("+", "%2B")).assertError(ErrorCode.BAD_QUERY_PARAMETER);
            }
        }
        client.get("/6/events?create_time__gte=now-" + HUNDREDS_OF_DIGITS + "d").assertError(ErrorCode.BAD_QUERY_PARAMETER);
    }

    @Test
    void aLongBasicLoginIsAWrongLoginNeverA500(Api api) {
        var login = "x".repeat(2048) + "@example.com";
        var detail = new Api(api.port()).basic(login, "password").get("/6/account").assertError(ErrorCode.BAD_CREDENTIALS).text("detail");
        assertThat(detail.length()).as("the login is not echoed whole").isLessThan(300);
        new Api(api.port()).basic("y".repeat(5000), "p").get("/6/faces").assertError(ErrorCode.BAD_CREDENTIALS);
        api.postJson("/6/auth", Map.of("login", login, "password", "password")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }

    /**
     * The SQS emulator checks no credential, and a web page may post to it without a preflight: the
     * event write buffer takes only what the platform sealed, so a message forged without the secret,
     * even in the buffer's own format, never becomes an event.
     */
    @Test
    void aMessageThePlatformDidNotSealNeverBecomesAnEvent(Api api, RunningStack.Started started) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        var original = RawEvents.named("original").save(client, handler);
        var account = UUID.fromString(client.get("/6/account").text("account_id"));
        var stored = started.stack().bean(Events.class).get(account, UUID.fromString(original));
        var forgedId = UUID.randomUUID();
        var sealedId = UUID.randomUUID();
        var sqs = started.stack().bean(SqsClient.class);
        var queues = started.stack().bean(QueueNames.class);
        var forger = new EventWriteBuffer(sqs, queues,
                new MessageSeal("not the platform's secret, but 32 bytes long".getBytes(StandardCharsets.UTF_8)));
        forger.add(withId(stored, forgedId));
        started.stack().bean(EventWriteBuffer.class).add(withId(stored, sealedId));
        Eventually.value("the sealed event written", () -> client.get("/6/events/" + sealedId).status(), status -> status == 200);
        var url = sqs.getQueueUrl(q -> q.queueName(queues.eventWrites())).queueUrl();
        Eventually.value("the write queue emptied", () -> sqs.getQueueAttributes(q -> q.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes(),
                counts -> counts.values().stream().allMatch("0"::equals));
        client.get("/6/events/" + forgedId).assertError(ErrorCode.EVENT_NOT_FOUND);
    }

    private static StoredEvent withId(StoredEvent event, UUID eventId) {
        var json = StoredEventJson.write(event);
        json.put("event_id", eventId.toString());
        return StoredEventJson.read(json);
    }

    @Test
    void anAlreadyExpiredTokenIsNotCreated(Api api) {
        var account = api.newAccount("user");
        account.api().postJson("/6/tokens", Map.of("permissions", Map.of(), "expiration_time", "2020-01-01T00:00:00Z"))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("expiration_time");
        var tokenId = account.api().postJson("/6/tokens", Map.of("permissions", Map.of(), "expiration_time", FOREVER)).text("token_id");
        account.api().putJson("/6/tokens/" + tokenId, Map.of("permissions", Map.of(), "expiration_time", "2020-01-01T00:00:00Z"))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        assertThat(account.api().get("/6/tokens").json().get("tokens").size()).isEqualTo(1);
    }
}
