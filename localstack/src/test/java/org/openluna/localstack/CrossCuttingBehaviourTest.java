package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;

/** What every route does the same way: request ids, routing errors, body rules, paging and filters. */
@ExtendWith(RunningStack.class)
class CrossCuttingBehaviourTest {
    private static final String CLIENT_ID = "1536751345,8b8b5937-2e9c-4e8b-a7a7-5caf86621b5a";

    @Test
    void aRequestIdSentByTheClientIsEchoedBack(Api api) {
        var reply = api.admin().withHeader("Luna-Request-Id", CLIENT_ID).get("/6/account").assertStatus(200);
        assertThat(reply.header("Luna-Request-Id")).contains(CLIENT_ID);
    }

    @Test
    void aRequestWithoutIdGetsATimestampAndUuid(Api api) {
        var reply = api.get("/6/healthcheck").assertStatus(200);
        assertThat(reply.header("Luna-Request-Id").orElseThrow())
                .matches("^[0-9]{10},[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$");
    }

    @Test
    void aMalformedRequestIdIsRefusedWithTheBadHeaderError(Api api) {
        var reply = api.admin().withHeader("Luna-Request-Id", "not-an-id").get("/6/account").assertError(ErrorCode.BAD_HEADER);
        assertThat(reply.header("Luna-Request-Id")).isPresent();
    }

    @Test
    void anUnknownPathAnswers404InTheErrorFormat(Api api) {
        api.admin().get("/6/no-such-thing").assertError(ErrorCode.RESOURCE_NOT_FOUND);
        api.get("/7/accounts").assertError(ErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void aWrongMethodAnswers405WithTheAllowedMethods(Api api) {
        var reply = api.admin().send("PUT", "/6/images", "image/jpeg", java.net.http.HttpRequest.BodyPublishers.ofByteArray(TestImages.jpeg()))
                .assertError(ErrorCode.METHOD_NOT_ALLOWED);
        assertThat(reply.header("Allow")).contains("OPTIONS, POST");
    }

    @Test
    void optionsListsTheMethodsOfAPath(Api api) {
        var reply = api.options("/6/tokens/" + java.util.UUID.randomUUID()).assertStatus(200);
        assertThat(reply.header("Allow")).contains("DELETE, GET, OPTIONS, PUT");
    }

    @Test
    void malformedJsonIsRefusedAndCreatesNothing(Api api) {
        int before = api.admin().get("/6/accounts?page_size=1000").json().get("total_count").asInt();
        api.admin().post("/6/accounts", "application/json", "{\"login\": \"x@example.com\",".getBytes())
                .assertError(ErrorCode.BAD_JSON);
        assertThat(api.admin().get("/6/accounts?page_size=1000").json().get("total_count").asInt()).isEqualTo(before);
    }

    @Test
    void aJsonRouteRefusesAnotherContentType(Api api) {
        api.admin().post("/6/tokens", "text/plain", "{\"permissions\": {}, \"expiration_time\": null}".getBytes())
                .assertError(ErrorCode.BAD_CONTENT_TYPE);
    }

    @Test
    void anExtraFieldIsRefusedWithItsPath(Api api) {
        var reply = api.admin().patchJson("/6/account", Map.of("extra_field", 1)).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        assertThat(reply.text("detail")).contains("extra_field").contains("extra fields not permitted");
    }

    @Test
    void aBodyOverTheLimitAnswers413AndStoresNothing(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var tooLarge = new byte[20 * 1024 * 1024 + 1];
        tooLarge[0] = (byte) 0xFF;
        account.api().post("/6/objects", "application/octet-stream", tooLarge).assertError(ErrorCode.BODY_TOO_LARGE);
    }

    @Test
    void pageSizeOutsideOneToAThousandIsRefused(Api api) {
        api.admin().get("/6/accounts?page_size=0").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        api.admin().get("/6/accounts?page_size=1001").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        api.admin().get("/6/accounts?page=0").assertError(ErrorCode.BAD_QUERY_PARAMETER);
        api.admin().get("/6/accounts?page_size=1000").assertStatus(200);
    }

    @Test
    void pagingCutsTheListingIntoPages(Api api) {
        var a = api.newAccount("user");
        var b = api.newAccount("user");
        int total = api.admin().get("/6/accounts?page_size=1000").json().get("total_count").asInt();
        var lastTwo = api.admin().get("/6/accounts?page_size=1&page=" + (total - 1)).json().get("accounts");
        var last = api.admin().get("/6/accounts?page_size=1&page=" + total).json().get("accounts");
        assertThat(lastTwo.get(0).get("account_id").asString()).isEqualTo(a.id());
        assertThat(last.get(0).get("account_id").asString()).isEqualTo(b.id());
        assertThat(api.admin().get("/6/accounts?page_size=1&page=" + (total + 1)).json().get("accounts").size()).isZero();
    }

    @Test
    void targetsSelectTheFieldsAndUnknownTargetsAreRefused(Api api) {
        var body = api.admin().get("/6/account?targets=login,account_type").assertStatus(200).json();
        assertThat(body.propertyNames()).containsExactly("login", "account_type");
        api.admin().get("/6/account?targets=login,password_hash").assertError(ErrorCode.BAD_QUERY_PARAMETER);
    }

    @Test
    void timeFiltersTakeRelativeAndAbsoluteTimes(Api api) {
        var account = api.newAccount("user");
        var recent = api.admin().get("/6/accounts?page_size=1000&login=" + account.login() + "&create_time__gte=now-30d").json();
        assertThat(recent.get("total_count").asInt()).isEqualTo(1);
        var future = api.admin().get("/6/accounts?page_size=1000&login=" + account.login() + "&create_time__gte=2999-01-01T00:00:00Z").json();
        assertThat(future.get("total_count").asInt()).isZero();
        var before = api.admin().get("/6/accounts?login=" + account.login() + "&create_time__lt=now-1d").json();
        assertThat(before.get("total_count").asInt()).isZero();
        api.admin().get("/6/accounts?create_time__gte=yesterday").assertError(ErrorCode.BAD_QUERY_PARAMETER);
    }
}
