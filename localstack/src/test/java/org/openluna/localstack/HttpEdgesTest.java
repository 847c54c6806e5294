package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.RawHttp.assertErrorBody;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;

/**
 * HTTP as a misbehaving client speaks it, on a plain socket (findings 7 and 8 of issue 13, and what
 * the reviews found next): requests that never complete, lines and headers past the limits, targets
 * that are no URI, credentials named twice. Each is answered in the error format, and the gateway
 * goes on serving.
 */
@ExtendWith(RunningStack.class)
class HttpEdgesTest {

    @Test
    void aRequestThatNeverCompletesIsAnswered37002(Api api) {
        long started = System.nanoTime();
        try (var slow = new RawHttp(api.port())) {
            var answer = slow.send("GET /6/healthcheck HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ").readUntilClosed();
            assertThat(RawHttp.status(answer)).isEqualTo(408);
            assertErrorBody(RawHttp.body(answer), ErrorCode.REQUEST_TIMEOUT);
        }
        try (var slowBody = new RawHttp(api.port())) {
            var answer = slowBody.send("POST /6/lists HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"user_data\":").readUntilClosed();
            assertThat(RawHttp.status(answer)).isEqualTo(408);
            assertErrorBody(RawHttp.body(answer), ErrorCode.REQUEST_TIMEOUT);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(seconds).as("two deadlines of %s s", FreePorts.TEST_REQUEST_TIMEOUT_SECONDS)
                .isBetween(2.0 * FreePorts.TEST_REQUEST_TIMEOUT_SECONDS - 1, 2.0 * FreePorts.TEST_REQUEST_TIMEOUT_SECONDS + 20);
        api.get("/6/healthcheck").assertStatus(200);
    }

    @Test
    void aLongRequestLineWithinTheLimitIsServed(Api api) {
        var ids = String.join(",", Stream.generate(() -> UUID.randomUUID().toString()).limit(300).toList());
        assertThat(ids.length()).isGreaterThan(10_000);
        api.newAccount("user").withToken().get("/6/faces?face_ids=" + ids).assertStatus(200);
    }

    @Test
    void oversizedHeadersAndLinesAnswerInTheErrorFormat(Api api) {
        try (var raw = new RawHttp(api.port())) {
            var answer = raw.send("GET /6/healthcheck HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "h".repeat(20000) + "\r\n\r\n").readUntilClosed();
            assertThat(RawHttp.status(answer)).isEqualTo(431);
            assertErrorBody(RawHttp.body(answer), ErrorCode.HEADERS_TOO_LARGE);
        }
        try (var raw = new RawHttp(api.port())) {
            var answer = raw.send("GET /6/faces?face_ids=" + "a".repeat(20000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").readUntilClosed();
            assertThat(RawHttp.status(answer)).isEqualTo(414);
            assertErrorBody(RawHttp.body(answer), ErrorCode.REQUEST_LINE_TOO_LONG);
        }
        api.get("/6/healthcheck").assertStatus(200);
    }

    @Test
    void brokenPercentEncodingAndControlCharactersInTheRequestLineAreRefusedInTheErrorFormat(Api api) {
        var account = api.newAccount("user");
        try (var raw = new RawHttp(api.port())) {
            var answer = raw.send("GET /6/faces HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n").readUntilClosed();
            assertThat(RawHttp.status(answer)).as(answer).isEqualTo(400);
            assertErrorBody(RawHttp.body(answer), ErrorCode.BAD_HTTP_REQUEST);
        }
        for (var target : List.of("/6/faces?face_ids=%zz", "/6/faces?user_data=%", "/6/faces/%zz", "/6/lists?page=%C3%28",
                "/6/faces?user_data=a\u0001b", "/6/faces?user_data=a b")) {
            try (var raw = new RawHttp(api.port())) {
                var answer = raw.send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                        + "Authorization: " + Api.basicHeader(account.login(), account.password()) + "\r\n\r\n").readUntilClosed();
                assertThat(RawHttp.status(answer)).as(target + ": " + answer).isBetween(400, 499);
                assertThat(RawHttp.body(answer)).as(target + ": " + answer).isNotEmpty();
                assertErrorBody(RawHttp.body(answer), errorOf(RawHttp.body(answer)));
            }
        }
        api.get("/6/healthcheck").assertStatus(200);
    }

    private static ErrorCode errorOf(String body) {
        int code = Json.tree(body.getBytes(StandardCharsets.UTF_8)).get("error_code").asInt();
        return Arrays.stream(ErrorCode.values()).filter(e -> e.code() == code).findFirst().orElseThrow();
    }

    @Test
    void aCredentialOrAccountNamedTwiceIsRefusedNotGuessed(Api api) {
        var first = api.newAccount("user");
        var second = api.newAccount("user");
        for (var doubled : List.of(
                "Authorization: " + Api.basicHeader(first.login(), first.password()) + "\r\nAuthorization: " + Api.basicHeader(second.login(), second.password()),
                "Authorization: " + Api.basicHeader(first.login(), first.password()) + "\r\nLuna-Account-Id: " + first.id()
                        + "\r\nLuna-Account-Id: " + second.id())) {
            try (var raw = new RawHttp(api.port())) {
                var answer = raw.send("GET /6/account HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + doubled + "\r\n\r\n")
                        .readUntilClosed();
                assertThat(RawHttp.status(answer)).as(answer).isEqualTo(400);
                assertErrorBody(RawHttp.body(answer), ErrorCode.BAD_HEADER);
            }
        }
    }
}
