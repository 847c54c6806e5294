package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.functions.gateway.FunctionGroup;
import org.openluna.inference.models.Asset;
import org.openluna.localstack.lambda.HttpApiEvents;
import org.openluna.shared.api.Json;
import tools.jackson.databind.JsonNode;

/**
 * Every group's function started alone in a fresh JVM, exactly as Lambda starts it (the runtime
 * interface client, the task folder, Lambda's environment, a Runtime API served here), and handed
 * API Gateway HTTP API events made of requests the integration tests send: each answers what the
 * local gateway answers for the same request.
 */
@ExtendWith(RunningStack.class)
class LambdaGroupsTest {
    private static final Duration INVOKE_TIMEOUT = Duration.ofSeconds(60);

    /** How two answers must agree: byte for byte, or in status and the names of the body's fields (the body names new ids). */
    enum Agreement { SAME_BODY, SAME_FIELDS }

    record Probe(FunctionGroup group, String method, String path, String query, String contentType, byte[] body, Agreement agreement) {
        static Probe get(FunctionGroup group, String path) {
            return new Probe(group, "GET", path, "", null, null, Agreement.SAME_BODY);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyGroupAnswersAsTheLocalGatewayDoes(RunningStack.Started started, Api api) {
        var account = api.newAccount("user");
        var client = account.api();
        var photo = DetectorTest.photo(Asset.PHOTO_1);
        var imageId = client.post("/6/images", "image/jpeg", photo).assertStatus(201).text("image_id");
        var sampleId = client.post("/6/detector", "image/jpeg", photo).assertStatus(201).json()
                .get("images").get(0).get("detections").get("samples").get(0).get("face").get("sample_id").asString();
        var attributeId = client.postJson("/6/extractor", List.of(sampleId)).assertStatus(201).json().get(0).get("attribute_id").asString();
        var listId = client.postJson("/6/lists", Map.of("user_data", "lambda")).assertStatus(201).text("list_id");
        var faceId = client.postJson("/6/faces", Map.of("attribute", Map.of("attribute_id", attributeId), "lists", List.of(listId)))
                .assertStatus(201).text("face_id");
        var handlerId = client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
        var verifierId = Verifying.createVerifier(client, "lambda", Verifying.policies(0.5, Map.of()));
        var matchBody = Json.write(Map.of("references", List.of(Map.of("type", "face", "id", faceId)),
                "candidates", List.of(Map.of("filters", Map.of("origin", "faces", "list_id", listId)))));

        var probes = new EnumMap<FunctionGroup, List<Probe>>(FunctionGroup.class);
        add(probes, Probe.get(FunctionGroup.SERVICE, "/6/version"));
        add(probes, Probe.get(FunctionGroup.ACCOUNTS, "/6/account"));
        add(probes, Probe.get(FunctionGroup.TOKENS, "/6/tokens"));
        add(probes, Probe.get(FunctionGroup.IMAGES, "/6/images/" + imageId));
        add(probes, new Probe(FunctionGroup.OBJECTS, "POST", "/6/objects", "", "application/octet-stream", new byte[] {1, 2, 3}, Agreement.SAME_FIELDS));
        add(probes, Probe.get(FunctionGroup.SAMPLES, "/6/samples/faces/" + sampleId));
        add(probes, new Probe(FunctionGroup.SDK, "POST", "/6/sdk", "estimate_head_pose=1", "image/jpeg", photo, Agreement.SAME_BODY));
        add(probes, new Probe(FunctionGroup.DETECTOR, "POST", "/6/detector", "", "image/jpeg", photo, Agreement.SAME_FIELDS));
        add(probes, new Probe(FunctionGroup.ISO, "POST", "/6/iso", "", "image/jpeg", photo, Agreement.SAME_BODY));
        add(probes, new Probe(FunctionGroup.LIVENESS, "POST", "/6/liveness", "", "image/jpeg", photo, Agreement.SAME_BODY));
        add(probes, new Probe(FunctionGroup.EXTRACTOR, "POST", "/6/extractor", "", "application/json",
                Json.write(List.of(sampleId)), Agreement.SAME_FIELDS));
        add(probes, Probe.get(FunctionGroup.ATTRIBUTES, "/6/attributes/" + attributeId));
        add(probes, Probe.get(FunctionGroup.FACES, "/6/faces/" + faceId));
        add(probes, Probe.get(FunctionGroup.LISTS, "/6/lists/" + listId));
        add(probes, new Probe(FunctionGroup.MATCHER, "POST", "/6/matcher/faces", "", "application/json", matchBody, Agreement.SAME_BODY));
        add(probes, Probe.get(FunctionGroup.HANDLERS, "/6/handlers/" + handlerId));
        add(probes, new Probe(FunctionGroup.HANDLER_EVENTS, "POST", "/6/handlers/" + handlerId + "/events", "", "image/jpeg", photo,
                Agreement.SAME_FIELDS));
        add(probes, new Probe(FunctionGroup.EVENTS, "GET", "/6/events", "handler_ids=" + handlerId + "&targets=handler_id,face_id,source",
                null, null, Agreement.SAME_BODY));
        add(probes, Probe.get(FunctionGroup.VERIFIERS, "/6/verifiers/" + verifierId));
        add(probes, Probe.get(FunctionGroup.WS, "/6/ws"));
        add(probes, Probe.get(FunctionGroup.FACES, "/6/faces/" + UUID.randomUUID()));
        add(probes, new Probe(FunctionGroup.TASKS, "GET", "/6/tasks", "task_type=4", null, null, Agreement.SAME_BODY));
        add(probes, Probe.get(FunctionGroup.STREAMS, "/6/analytics"));

        var auth = Api.basicHeader(account.login(), account.password());
        return probes.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().functionName(), () -> {
            try (var function = StackFunctions.start(started, entry.getKey().functionName())) {
                function.awaitInit(StackFunctions.INIT_TIMEOUT);
                for (var probe : entry.getValue()) {
                    var local = client.send(probe.method(), probe.path() + (probe.query().isEmpty() ? "" : "?" + probe.query()),
                            probe.contentType(), probe.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                    : java.net.http.HttpRequest.BodyPublishers.ofByteArray(probe.body()));
                    var headers = new java.util.LinkedHashMap<String, String>();
                    headers.put("authorization", auth);
                    if (probe.contentType() != null) {
                        headers.put("content-type", probe.contentType());
                    }
                    var outcome = function.invoke(HttpApiEvents.event(probe.method(), probe.path(), probe.query(), headers,
                            probe.body() == null ? null : Base64.getEncoder().encodeToString(probe.body())), INVOKE_TIMEOUT);
                    assertThat(outcome.isError()).as("%s %s: %s", probe.method(), probe.path(), outcome.body()).isFalse();
                    var lambda = Json.tree(outcome.body().getBytes(StandardCharsets.UTF_8));
                    assertThat(lambda.get("statusCode").asInt()).as("%s %s", probe.method(), probe.path()).isEqualTo(local.status());
                    var body = body(lambda);
                    switch (probe.agreement()) {
                        case SAME_BODY -> assertThat(new String(body, StandardCharsets.ISO_8859_1)).as("%s %s", probe.method(), probe.path())
                                .isEqualTo(new String(local.bytes(), StandardCharsets.ISO_8859_1));
                        case SAME_FIELDS -> assertThat(fields(Json.tree(body))).isEqualTo(fields(local.json()));
                    }
                }
            }
        }));
    }

    private static void add(Map<FunctionGroup, List<Probe>> probes, Probe probe) {
        probes.computeIfAbsent(probe.group(), group -> new ArrayList<>()).add(probe);
    }

    private static byte[] body(JsonNode response) {
        var body = response.get("body").asString();
        return response.get("isBase64Encoded").asBoolean() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    /** The field names at every depth, in order: what two answers naming different new ids still share. */
    private static List<String> fields(JsonNode node) {
        var names = new ArrayList<String>();
        collect(node, "", names);
        return names;
    }

    private static void collect(JsonNode node, String path, List<String> names) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                names.add(path + "/" + field.getKey());
                collect(field.getValue(), path + "/" + field.getKey(), names);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", names);
            }
        }
    }
}
