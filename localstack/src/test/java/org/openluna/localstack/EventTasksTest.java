package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.TasksTest.done;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;

/**
 * Tasks over events, over HTTP (ADR 0020): a gc of events with their samples and image origins, a
 * linker of the faces events made, an export of events, events cross-matched and clustered; the
 * events chosen by the filters of {@code GET /6/events}, within the caller's account only.
 */
@ExtendWith(RunningStack.class)
class EventTasksTest {

    @Test
    void aGcTaskOfEventsRemovesTheEventsItsFiltersChoose(Api api) {
        var client = api.newAccount("user").api();
        var doomedHandler = client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
        var keptHandler = client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
        var doomed = new HashSet<String>();
        for (int i = 0; i < 3; i++) {
            doomed.add(client.post("/6/handlers/" + doomedHandler + "/events", "application/x-sdk-descriptor-base64",
                    org.openluna.shared.descriptors.SdkDescriptor.encodeBase64(EventInputsTest.randomDescriptor(500 + i)).getBytes())
                    .assertStatus(201).json().get("events").get(0).get("event_id").asString());
        }
        var kept = client.post("/6/handlers/" + keptHandler + "/events", "application/x-sdk-descriptor-base64",
                org.openluna.shared.descriptors.SdkDescriptor.encodeBase64(EventInputsTest.randomDescriptor(600)).getBytes())
                .assertStatus(201).json().get("events").get(0).get("event_id").asString();

        // filters naming another account choose nothing, not the caller's own events
        long elsewhere = client.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "events", "filters",
                Map.of("handler_ids", doomedHandler, "account_id", UUID.randomUUID().toString())))).assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, elsewhere).get("task_status").asInt()).isEqualTo(5);
        assertThat(client.get("/6/tasks/" + elsewhere + "/result").json().get("result")).isEmpty();
        long taskId = client.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "events",
                "filters", Map.of("handler_ids", doomedHandler)))).assertStatus(201).json().get("task_id").asLong();

        assertThat(done(client, taskId).get("task_status").asInt()).isEqualTo(5);
        var removed = new HashSet<String>();
        client.get("/6/tasks/" + taskId + "/result").json().get("result").forEach(item -> {
            removed.add(item.get("event_id").asString());
            assertThat(item.get("samples")).isEmpty();
        });
        assertThat(removed).isEqualTo(doomed);
        for (var id : doomed) {
            client.get("/6/events/" + id).assertError(ErrorCode.EVENT_NOT_FOUND);
        }
        client.get("/6/events/" + kept).assertStatus(200);
    }

    /**
     * A photo's three faces, each with its event, its sample and the photo as its events' image origin:
     * a gc of one face with {@code remove_samples} takes that face's sample only; a gc of the events
     * with both flags takes every sample and the photo, and reports each event's samples.
     */
    @Test
    void aGcRemovesTheSamplesAndImageOriginsItIsAskedTo(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var handler = HandlersTest.createHandler(client, Map.of("policies", Map.of("storage_policy",
                Map.of("face_policy", Map.of("store_face", 1), "image_origin_policy", Map.of("store_image", 1)))));
        var events = client.post("/6/handlers/" + handler + "/events", "image/jpeg", DetectorTest.photo(org.openluna.inference.models.Asset.PHOTO_1))
                .assertStatus(201).json().get("events");
        assertThat(events.size()).isEqualTo(3);
        var faceOfSample = new java.util.LinkedHashMap<String, String>();
        String image = null;
        for (var event : events) {
            var detection = event.get("detections").get(0);
            faceOfSample.put(detection.get("samples").get("face").get("sample_id").asString(), event.get("face").get("face_id").asString());
            image = detection.get("image_origin").asString();
        }
        assertThat(StoredSamples.faceSamplesOf(stack, account.id())).isEqualTo(3);
        assertThat(StoredSamples.imagesOf(stack, account.id())).isEqualTo(1);
        client.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "faces", "remove_image_origins", true)))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);

        var firstSample = faceOfSample.keySet().iterator().next();
        long faceGc = client.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "faces", "remove_samples", true,
                "filters", Map.of("face_ids", List.of(faceOfSample.get(firstSample)))))).assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, faceGc).get("task_status").asInt()).isEqualTo(5);
        var removedFace = client.get("/6/tasks/" + faceGc + "/result").json().get("result");
        assertThat(removedFace.get(0).get("face_id").asString()).isEqualTo(faceOfSample.get(firstSample));
        assertThat(removedFace.get(0).get("samples").get(0).asString()).isEqualTo(firstSample);
        client.get("/6/samples/faces/" + firstSample).assertError(ErrorCode.SAMPLE_NOT_FOUND);
        assertThat(StoredSamples.faceSamplesOf(stack, account.id())).isEqualTo(2);

        long eventGc = client.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "events", "remove_samples", true,
                "remove_image_origins", true, "filters", Map.of("handler_ids", handler)))).assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, eventGc).get("task_status").asInt()).isEqualTo(5);
        var reported = new HashSet<String>();
        client.get("/6/tasks/" + eventGc + "/result").json().get("result").forEach(item -> item.get("samples").forEach(id -> reported.add(id.asString())));
        assertThat(reported).isEqualTo(faceOfSample.keySet());
        assertThat(StoredSamples.faceSamplesOf(stack, account.id())).isZero();
        assertThat(StoredSamples.imagesOf(stack, account.id())).isZero();
        client.get(image).assertError(ErrorCode.IMAGE_NOT_FOUND);
        assertThat(client.get("/6/faces/count").json().get("faces_count").asInt()).isEqualTo(2);
    }

    /**
     * Events chosen by the filters of {@code GET /6/events}: a linker puts the faces they made into a new
     * list, an exporter writes their fields as {@code events.csv}; the other handler's event is in neither.
     */
    @Test
    void aLinkerAndAnExporterOfEventsTakeTheEventsTheirFiltersChoose(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        Map<String, Object> storing = Map.of("policies", Map.of("storage_policy", Map.of("face_policy", Map.of("store_face", 1))));
        var chosen = HandlersTest.createHandler(client, storing);
        var other = HandlersTest.createHandler(client, storing);
        var faceOfEvent = new java.util.HashMap<String, String>();
        for (int i = 0; i < 3; i++) {
            var event = client.post("/6/handlers/" + chosen + "/events", "application/x-sdk-descriptor-base64",
                    org.openluna.shared.descriptors.SdkDescriptor.encodeBase64(EventInputsTest.randomDescriptor(700 + i)).getBytes())
                    .assertStatus(201).json().get("events").get(0);
            faceOfEvent.put(event.get("event_id").asString(), event.get("face").get("face_id").asString());
        }
        client.post("/6/handlers/" + other + "/events", "application/x-sdk-descriptor-base64",
                org.openluna.shared.descriptors.SdkDescriptor.encodeBase64(EventInputsTest.randomDescriptor(710)).getBytes()).assertStatus(201);

        long linker = client.postJson("/6/tasks/linker", Map.of("content", Map.of("objects_type", "events", "create_list", 1,
                "filters", Map.of("handler_ids", chosen)))).assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, linker).get("task_status").asInt()).isEqualTo(5);
        var linked = client.get("/6/tasks/" + linker + "/result").json().get("result");
        var listed = new HashSet<String>();
        client.get("/6/faces?list_id=" + linked.get("list_id").asString()).json().get("faces").forEach(f -> listed.add(f.get("face_id").asString()));
        assertThat(listed).isEqualTo(Set.copyOf(faceOfEvent.values()));

        long exporter = client.postJson("/6/tasks/exporter", Map.of("content", Map.of("objects_type", "events",
                "columns", List.of("event_id", "face_id", "handler_id", "tags"), "filters", Map.of("handler_ids", chosen))))
                .assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, exporter).get("task_status").asInt()).isEqualTo(5);
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(client.get("/6/tasks/" + exporter + "/result").bytes()))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("events.csv");
            var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(records.getHeaderNames()).containsExactly("event_id", "face_id", "handler_id", "tags");
            var exported = new java.util.HashMap<String, String>();
            for (var record : records) {
                exported.put(record.get("event_id"), record.get("face_id"));
                assertThat(record.get("handler_id")).isEqualTo(chosen);
                assertThat(record.get("tags")).isEqualTo("[]");
            }
            assertThat(exported).isEqualTo(faceOfEvent);
        }
        client.postJson("/6/tasks/exporter", Map.of("content", Map.of("objects_type", "events", "columns", List.of("lists"))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }

    private static String eventWith(Api client, String handler, long seed, String trackId) {
        var path = "/6/handlers/" + handler + "/events" + (trackId == null ? "" : "?track_id=" + trackId);
        return client.post(path, "application/x-sdk-descriptor-base64",
                org.openluna.shared.descriptors.SdkDescriptor.encodeBase64(EventInputsTest.randomDescriptor(seed)).getBytes())
                .assertStatus(201).json().get("events").get(0).get("event_id").asString();
    }

    /**
     * Events as references and candidates: a cross-match of one handler's events with another's finds each
     * event's twin (the same descriptor) and nothing for the one without; a clustering of both handlers'
     * events pairs the twins, and with track info also joins the events of one track.
     */
    @Test
    void aCrossMatchAndAClusteringOfEventsPairTheEventsOfOneDescriptor(Api api) {
        var client = api.newAccount("user").withToken();
        var first = HandlersTest.createHandler(client, Map.of("policies", Map.of()));
        var second = HandlersTest.createHandler(client, Map.of("policies", Map.of()));
        var a = eventWith(client, first, 900, null);
        var b = eventWith(client, first, 901, "track-1");
        var lonely = eventWith(client, first, 902, "track-1");
        var twinOfA = eventWith(client, second, 900, null);
        var twinOfB = eventWith(client, second, 901, null);

        long crossMatch = client.postJson("/6/tasks/cross_match", Map.of("content", Map.of("threshold", 0.9, "filters", Map.of(
                "reference_type", "events", "reference_filters", Map.of("handler_ids", first),
                "candidate_type", "events", "candidate_filters", Map.of("handler_ids", second))))).assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, crossMatch).get("task_status").asInt()).isEqualTo(5);
        var twins = new java.util.HashMap<String, List<String>>();
        client.get("/6/tasks/" + crossMatch + "/result").json().get("result").forEach(reference -> {
            var found = new ArrayList<String>();
            reference.get("matches").forEach(match -> found.add(match.get("event_id").asString()));
            twins.put(reference.get("reference_id").asString(), found);
        });
        assertThat(twins).isEqualTo(Map.of(a, List.of(twinOfA), b, List.of(twinOfB), lonely, List.of()));

        var everyone = Map.of("handler_ids", first + "," + second);
        long clustering = client.postJson("/6/tasks/clustering", Map.of("content", Map.of("objects_type", "events", "threshold", 0.9,
                "filters", everyone))).assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, clustering).get("task_status").asInt()).isEqualTo(5);
        assertThat(clusters(client, clustering)).containsExactlyInAnyOrder(Set.of(a, twinOfA), Set.of(b, twinOfB), Set.of(lonely));
        long tracked = client.postJson("/6/tasks/clustering", Map.of("content", Map.of("objects_type", "events", "threshold", 0.9,
                "params", Map.of("use_track_info", 1), "filters", everyone))).assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, tracked).get("task_status").asInt()).isEqualTo(5);
        assertThat(clusters(client, tracked)).containsExactlyInAnyOrder(Set.of(a, twinOfA), Set.of(b, twinOfB, lonely));
    }

    private static List<Set<String>> clusters(Api client, long taskId) {
        var clusters = new ArrayList<Set<String>>();
        client.get("/6/tasks/" + taskId + "/result").json().get("result").get("clusters").forEach(cluster -> {
            var ids = new HashSet<String>();
            cluster.forEach(id -> ids.add(id.asString()));
            clusters.add(ids);
        });
        return clusters;
    }
}
