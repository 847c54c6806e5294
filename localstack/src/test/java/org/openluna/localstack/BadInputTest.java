package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.shared.api.Json;
import org.openluna.shared.blobs.PngFiles;
import tools.jackson.databind.JsonNode;

/**
 * Every route that reads a body, sent the inputs an attacker or a broken client sends: nesting past
 * any parser's depth, numbers past any type, raw control characters and broken UTF-8 in JSON,
 * garbage msgpack, truncated and lying images, and a decompression bomb. Each answer is a 4xx in the
 * error format; afterwards the account holds exactly what it held before, and the stack still answers.
 */
@ExtendWith(RunningStack.class)
class BadInputTest {
    /**
     * Routes that take no body at all, so a bad one is no input to them, and objects, which the seed
     * stores "as is" whatever they hold (l.1760).
     */
    private static final List<String> BODILESS = List.of("POST /6/login", "POST /6/objects");

    record BadInput(String name, String contentType, byte[] body) {}

    @Test
    void everyBodyRouteRefusesEveryBadInputAndStoresNothing(Api api) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var ids = ownObjects(client);
        var before = holdings(client);
        var inputs = badInputs();
        var routes = RouteTable.routes().stream()
                .filter(r -> List.of("POST", "PUT", "PATCH").contains(r.method()) || (r.method().equals("DELETE") && !r.template().contains("{")
                        && List.of("/6/faces", "/6/lists").contains(r.template())))
                .filter(r -> !BODILESS.contains(r.method() + " " + r.template()))
                .toList();
        var wrong = new ArrayList<String>();
        int tried = 0;
        for (var route : routes) {
            var path = route.template();
            for (var id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            path = path.replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
            // account and token management take the password; creating accounts, the admin's
            var caller = route.template().equals("/6/accounts") ? api.admin()
                    : route.template().startsWith("/6/account") || route.template().startsWith("/6/tokens") ? account.api() : client;
            for (var input : inputs) {
                var reply = caller.send(route.method(), path, input.contentType(), HttpRequest.BodyPublishers.ofByteArray(input.body()));
                tried++;
                var problem = problem(reply);
                if (problem != null) {
                    wrong.add(route.method() + " " + route.template() + " with " + input.name() + ": " + problem);
                }
            }
        }
        assertThat(wrong).as("of %s requests (%s routes x %s inputs)", tried, routes.size(), inputs.size()).isEmpty();
        System.out.printf("bad inputs: %d routes x %d inputs = %d requests, each a 4xx in the error format%n", routes.size(), inputs.size(), tried);
        assertThat(holdings(client)).as("what the account holds").isEqualTo(before);
        api.get("/6/healthcheck").assertStatus(200);
        client.postJson("/6/lists", Map.of("user_data", "still here")).assertStatus(201);
    }

    @Test
    void anOverLargeBodyIsRefusedBeforeItIsRead(Api api) {
        var client = api.newAccount("user").withToken();
        var before = holdings(client);
        var body = new byte[21 * 1024 * 1024];
        Arrays.fill(body, (byte) '[');
        var reply = client.send("POST", "/6/lists", "application/json", HttpRequest.BodyPublishers.ofByteArray(body));
        assertThat(problem(reply)).isNull();
        assertThat(reply.status()).isEqualTo(413);
        assertThat(holdings(client)).isEqualTo(before);
        api.get("/6/healthcheck").assertStatus(200);
    }

    /**
     * Null when the answer refuses the input in the error format, else what is wrong with it. The
     * routes that take several photos answer per photo (ADR 0003): there a 2xx whose every photo has
     * status 0 and its own error, and which made no event, refuses the input as well.
     */
    private static String problem(Api.Reply reply) {
        var text = new String(reply.bytes(), StandardCharsets.UTF_8);
        try {
            var body = Json.tree(reply.bytes());
            if (reply.status() >= 200 && reply.status() < 300) {
                return refusedPerPhoto(body) ? null : "status " + reply.status() + " " + text;
            }
            if (reply.status() < 400 || reply.status() >= 500) {
                return "status " + reply.status() + " " + text;
            }
            return isError(body) ? null : "not the error format: " + text;
        } catch (RuntimeException e) {
            return "status " + reply.status() + ", not JSON: " + text;
        }
    }

    private static boolean refusedPerPhoto(JsonNode body) {
        var photos = body.has("images") ? body.get("images") : body.get("images_estimations");
        if (photos == null || !photos.isArray() || photos.isEmpty()) {
            return false;
        }
        for (var photo : photos) {
            if (photo.get("status").asInt() != 0 || !isError(photo.get("error"))) {
                return false;
            }
        }
        return !body.has("events") || body.get("events").isEmpty();
    }

    private static boolean isError(JsonNode error) {
        return error != null && error.path("error_code").isInt() && error.path("desc").isString() && error.path("detail").isString();
    }

    private static List<BadInput> badInputs() {
        var inputs = new ArrayList<BadInput>();
        inputs.add(new BadInput("nesting 100,000 deep", "application/json",
                ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII)));
        inputs.add(new BadInput("objects nested 100,000 deep", "application/json",
                ("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)).getBytes(StandardCharsets.US_ASCII)));
        inputs.add(new BadInput("a number of 5,000 digits", "application/json",
                ("{\"limit\":" + "9".repeat(5000) + ",\"threshold\":" + "9".repeat(5000) + "}").getBytes(StandardCharsets.US_ASCII)));
        inputs.add(new BadInput("numbers past a double", "application/json",
                "{\"policies\":{\"verification_threshold\":1e999},\"threshold\":-1e999,\"limit\":1e999,\"user_data\":1e999}"
                        .getBytes(StandardCharsets.US_ASCII)));
        inputs.add(new BadInput("raw control characters in a string", "application/json",
                "{\"user_data\":\"a\u0000b\u0007c\u001b\",\"description\":\"\u0001\"}".getBytes(StandardCharsets.UTF_8)));
        inputs.add(new BadInput("broken UTF-8", "application/json",
                concat("{\"user_data\":\"".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                        "\"}".getBytes(StandardCharsets.US_ASCII))));
        inputs.add(new BadInput("garbage msgpack", "application/msgpack", new byte[] {(byte) 0xDF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01}));
        var jpeg = TestImages.jpeg();
        inputs.add(new BadInput("a truncated JPEG", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 3)));
        inputs.add(new BadInput("a PNG whose header claims 100,000 x 100,000", "image/png", PngFiles.header(100_000, 100_000)));
        inputs.add(new BadInput("a PNG bomb: 12,000 x 12,000 of zeros", "image/png", PngFiles.bomb(12_000)));
        inputs.add(new BadInput("a JPEG labelled JSON", "application/json", jpeg));
        inputs.add(new BadInput("the JSON null", "application/json", "null".getBytes(StandardCharsets.US_ASCII)));
        inputs.add(new BadInput("a JSON array", "application/json", "[]".getBytes(StandardCharsets.US_ASCII)));
        return inputs;
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Real objects of the account for the path ids, so a route reaches its body rather than a missing object. */
    private static Map<String, String> ownObjects(Api client) {
        var ids = new LinkedHashMap<String, String>();
        ids.put("samples_type", "faces");
        ids.put("list_id", client.postJson("/6/lists", Map.of()).assertStatus(201).text("list_id"));
        ids.put("face_id", client.postJson("/6/faces", Map.of()).assertStatus(201).text("face_id"));
        ids.put("handler_id", client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id"));
        ids.put("verifier_id", client.postJson("/6/verifiers", Map.of("policies", Map.of("verification_threshold", 0.9)))
                .assertStatus(201).text("verifier_id"));
        return ids;
    }

    /** What an account holds, as its listings count it. */
    private static Map<String, Object> holdings(Api client) {
        var held = new LinkedHashMap<String, Object>();
        held.put("faces", client.get("/6/faces/count").assertStatus(200).json().get("faces_count").asInt());
        held.put("lists", client.get("/6/lists/count").assertStatus(200).json().get("lists_count").asInt());
        held.put("handlers", client.get("/6/handlers/count").assertStatus(200).json().get("handlers_count").asInt());
        held.put("verifiers", client.get("/6/verifiers/count").assertStatus(200).json().get("verifiers_count").asInt());
        held.put("events", client.get("/6/events?page_size=100&create_time__gte=now-1d").assertStatus(200).json().get("events").size());
        held.put("faces listed", client.get("/6/faces?page_size=100").json().get("faces").toString());
        held.put("lists listed", client.get("/6/lists?page_size=100").json().get("lists").toString());
        return held;
    }
}
