package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;
import tools.jackson.databind.JsonNode;

/**
 * {@code /6/tasks} over HTTP (ADR 0020): a task answers with its id at once, the task functions plan
 * it into subtasks and do them through the queues, and the task ends done with its result; within the
 * caller's account only.
 */
@ExtendWith(RunningStack.class)
class TasksTest {

    private static List<String> faces(Api client, String userData, int count) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            ids.add(client.postJson("/6/faces", Map.of("user_data", userData)).assertStatus(201).text("face_id"));
        }
        return ids;
    }

    static JsonNode done(Api client, long taskId) {
        return Eventually.value("task " + taskId + " done", () -> client.get("/6/tasks/" + taskId).assertStatus(200).json(),
                task -> task.get("task_status").asInt() == 5 || task.get("task_status").asInt() == 3);
    }

    @Test
    void aGcTaskRemovesExactlyTheFacesItsFiltersChooseAndReportsThem(Api api) {
        var client = api.newAccount("user").api();
        var doomed = faces(client, "gc-me", 3);
        var kept = faces(client, "keep-me", 1);

        long taskId = client.postJson("/6/tasks/gc", Map.of("description", "nightly", "content",
                Map.of("target", "faces", "filters", Map.of("user_data", "gc-me")))).assertStatus(201).json().get("task_id").asLong();

        var task = done(client, taskId);
        assertThat(task.get("task_status").asInt()).isEqualTo(5);
        assertThat(task.get("task_type").asInt()).isEqualTo(4);
        assertThat(task.get("description").asString()).isEqualTo("nightly");
        assertThat(task.get("count_task_parts_done").asInt()).isEqualTo(task.get("count_task_parts_all").asInt()).isEqualTo(1);
        assertThat(task.get("end_time").isNull()).isFalse();
        for (var id : doomed) {
            client.get("/6/faces/" + id).assertError(ErrorCode.FACE_NOT_FOUND);
        }
        client.get("/6/faces/" + kept.getFirst()).assertStatus(200);

        var result = client.get("/6/tasks/" + taskId + "/result").assertStatus(200).json();
        var removed = new HashSet<String>();
        result.get("result").forEach(item -> removed.add(item.get("face_id").asString()));
        assertThat(removed).isEqualTo(Set.copyOf(doomed));
        assertThat(result.get("errors")).isEmpty();
        var subtasks = client.get("/6/tasks/" + taskId + "/subtasks").assertStatus(200).json().get("subtasks");
        assertThat(subtasks).hasSize(1);
        assertThat(subtasks.get(0).get("subtask_status").asInt()).isEqualTo(5);

        assertThat(client.get("/6/tasks?task_type=4").json().get("tasks").get(0).get("task_id").asLong()).isEqualTo(taskId);
        assertThat(client.get("/6/tasks/count?task_status=5").json().get("count").asInt()).isEqualTo(1);
        assertThat(client.get("/6/tasks/count?task_type=1").json().get("count").asInt()).isZero();
        client.send("PATCH", "/6/tasks/" + taskId, null, java.net.http.HttpRequest.BodyPublishers.noBody()).assertError(ErrorCode.TASK_FINISHED);
    }

    /** The notification policy's callbacks are told when each subtask and then the task ends (ADR 0020). */
    @Test
    void aTasksNotificationPolicyTellsItsCallbacksWhenSubtasksAndTheTaskEnd(Api api) throws Exception {
        var heard = new java.util.concurrent.LinkedBlockingQueue<JsonNode>();
        var receiver = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            heard.add(org.openluna.shared.api.Json.tree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            var client = api.newAccount("user").api();
            faces(client, "notify-me", 2);
            var url = "http://127.0.0.1:" + receiver.getAddress().getPort();
            long taskId = client.postJson("/6/tasks/gc", Map.of("notification_policy", Map.of("enable", 1,
                    "task_callbacks", List.of(Map.of("type", "http", "url", url + "/task")),
                    "subtask_callbacks", List.of(Map.of("type", "http", "url", url + "/subtask"))),
                    "content", Map.of("target", "faces", "filters", Map.of("user_data", "notify-me")))).assertStatus(201)
                    .json().get("task_id").asLong();
            done(client, taskId);
            var calls = new ArrayList<JsonNode>();
            for (int i = 0; i < 2; i++) {
                var call = heard.poll(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(call).as("callback " + i).isNotNull();
                calls.add(call);
            }
            var subtask = calls.stream().filter(c -> c.has("subtask_id")).findFirst().orElseThrow();
            assertThat(subtask.get("task_id").asLong()).isEqualTo(taskId);
            assertThat(subtask.get("subtask_status").asInt()).isEqualTo(5);
            var task = calls.stream().filter(c -> !c.has("subtask_id")).findFirst().orElseThrow();
            assertThat(task.get("task_status").asInt()).isEqualTo(5);
            assertThat(task.get("task_type").asInt()).isEqualTo(4);

            client.postJson("/6/tasks/gc", Map.of("notification_policy", Map.of("task_callbacks", List.of(Map.of("type", "telegram",
                    "token", "1111111111:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "chat_id", 111111111))), "content", Map.of("target", "faces")))
                    .assertError(ErrorCode.FEATURE_UNAVAILABLE);
            client.postJson("/6/tasks/gc", Map.of("notification_policy", Map.of("task_callbacks", List.of(Map.of("type", "http",
                    "url", "http://169.254.169.254/latest"))), "content", Map.of("target", "faces")))
                    .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aLinkerTaskAttachesTheChosenFacesToANewList(Api api) {
        var client = api.newAccount("user").api();
        var chosen = faces(client, "link-me", 2);
        faces(client, "leave-me", 1);

        long taskId = client.postJson("/6/tasks/linker", Map.of("content", Map.of("objects_type", "faces", "create_list", 1,
                "user_data", "linked", "filters", Map.of("user_data", "link-me")))).assertStatus(201).json().get("task_id").asLong();

        assertThat(done(client, taskId).get("task_status").asInt()).isEqualTo(5);
        var result = client.get("/6/tasks/" + taskId + "/result").json().get("result");
        var listId = result.get("list_id").asString();
        assertThat(client.get("/6/lists/" + listId).assertStatus(200).text("user_data")).isEqualTo("linked");
        var members = new HashSet<String>();
        client.get("/6/faces?list_id=" + listId).json().get("faces").forEach(face -> members.add(face.get("face_id").asString()));
        assertThat(members).isEqualTo(Set.copyOf(chosen));
    }

    @Test
    void anExporterTaskGivesAZipOfACsvWithTheColumnsAsked(Api api) throws Exception {
        var client = api.newAccount("user").api();
        var exported = new HashSet<String>();
        for (int i = 0; i < 3; i++) {
            exported.add(client.postJson("/6/faces", Map.of("user_data", "export-me; \"quoted\"", "external_id", "ext-" + i))
                    .assertStatus(201).text("face_id"));
        }
        faces(client, "not-me", 1);

        long taskId = client.postJson("/6/tasks/exporter", Map.of("content", Map.of("objects_type", "faces",
                "columns", List.of("face_id", "user_data", "external_id"), "csv_delimiter", ";",
                "filters", Map.of("user_data", "export-me")))).assertStatus(201).json().get("task_id").asLong();

        assertThat(done(client, taskId).get("task_status").asInt()).isEqualTo(5);
        var result = client.get("/6/tasks/" + taskId + "/result").assertStatus(200);
        assertThat(result.header("Content-Type")).hasValue("application/zip");
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(result.bytes()))) {
            var entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("faces.csv");
            var csv = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(csv));
            assertThat(records.getHeaderNames()).containsExactly("face_id", "user_data", "external_id");
            var ids = new HashSet<String>();
            for (var record : records) {
                ids.add(record.get("face_id"));
                assertThat(record.get("user_data")).isEqualTo("export-me; \"quoted\"");
                assertThat(record.get("external_id")).startsWith("ext-");
            }
            assertThat(ids).isEqualTo(exported);
        }
        client.postJson("/6/tasks/exporter", Map.of("content", Map.of("objects_type", "faces", "columns", List.of("password"))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }

    /** A task asks of a token the verbs of what it reads and removes, beyond {@code task:creation}. */
    @Test
    void aTaskAsksTheVerbsOfTheObjectsItReadsAndRemoves(Api api) {
        var account = api.newAccount("user");
        var tasksOnly = account.withToken(Map.of("task", List.of("creation", "view")));
        var facesToo = account.withToken(Map.of("task", List.of("creation", "view"), "face", List.of("view", "deletion")));
        tasksOnly.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "faces"))).assertError(ErrorCode.PERMISSION_DENIED);
        facesToo.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "faces", "remove_samples", true)))
                .assertError(ErrorCode.PERMISSION_DENIED);
        facesToo.postJson("/6/tasks/exporter", Map.of("content", Map.of("objects_type", "events"))).assertError(ErrorCode.PERMISSION_DENIED);
        assertThat(done(tasksOnly, tasksOnly.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "events"))).assertStatus(201)
                .json().get("task_id").asLong()).get("task_status").asInt()).isEqualTo(5);
        assertThat(done(facesToo, facesToo.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "faces"))).assertStatus(201)
                .json().get("task_id").asLong()).get("task_status").asInt()).isEqualTo(5);
        assertThat(tasksOnly.get("/6/tasks/count").json().get("count").asInt()).isEqualTo(2);
    }

    /** Each reference's best candidates are the ones {@code /6/matcher/faces} finds for it among the same candidates. */
    @Test
    void aCrossMatchFindsForEachReferenceWhatTheMatcherFinds(Api api) {
        var client = api.newAccount("user").api();
        var references = new ArrayList<String>();
        for (int person = 0; person < 3; person++) {
            var descriptor = EventInputsTest.randomDescriptor(100 + person);
            references.add(Matching.faceWith(client, descriptor, List.of(), "reference"));
            Matching.faceWith(client, descriptor, List.of(), "candidate");
        }
        for (int stranger = 0; stranger < 5; stranger++) {
            Matching.faceWith(client, EventInputsTest.randomDescriptor(200 + stranger), List.of(), "candidate");
        }
        Eventually.value("the matcher holds the candidates",
                () -> Matching.faceIds(Matching.result(Matching.match(client, Matching.reference("face", references.getFirst()),
                        Matching.faces(Map.of("user_data", "candidate"), 100)))).size(), size -> size == 8);

        long taskId = client.postJson("/6/tasks/cross_match", Map.of("content", Map.of("filters", Map.of(
                "reference_filters", Map.of("user_data", "reference"), "candidate_filters", Map.of("user_data", "candidate"),
                "reference_type", "faces", "candidate_type", "faces"), "limit", 2))).assertStatus(201).json().get("task_id").asLong();

        assertThat(done(client, taskId).get("task_status").asInt()).isEqualTo(5);
        var result = client.get("/6/tasks/" + taskId + "/result").json().get("result");
        assertThat(result).hasSize(3);
        for (var reference : result) {
            var id = reference.get("reference_id").asString();
            assertThat(references).contains(id);
            var found = new ArrayList<String>();
            reference.get("matches").forEach(match -> found.add(match.get("face_id").asString()));
            var matcher = Matching.faceIds(Matching.result(Matching.match(client, Matching.reference("face", id),
                    Matching.faces(Map.of("user_data", "candidate"), 2))));
            assertThat(found).isEqualTo(matcher);
            assertThat(reference.get("matches").get(0).get("similarity").asDouble()).isGreaterThan(0.99);
        }
        client.postJson("/6/tasks/cross_match", Map.of("content", Map.of("filters", Map.of("reference_type", "attributes"))))
                .assertError(ErrorCode.FEATURE_UNAVAILABLE);
    }

    /** Two people with two faces each and three strangers: two clusters of two, three of one. */
    @Test
    void aClusteringGroupsEachPersonsFacesTogether(Api api) {
        var client = api.newAccount("user").api();
        var people = new ArrayList<Set<String>>();
        for (int person = 0; person < 2; person++) {
            var descriptor = EventInputsTest.randomDescriptor(300 + person);
            people.add(Set.of(Matching.faceWith(client, descriptor, List.of(), "crowd"), Matching.faceWith(client, descriptor, List.of(), "crowd")));
        }
        var strangers = new HashSet<String>();
        for (int stranger = 0; stranger < 3; stranger++) {
            strangers.add(Matching.faceWith(client, EventInputsTest.randomDescriptor(400 + stranger), List.of(), "crowd"));
        }
        Eventually.value("the matcher holds the crowd",
                () -> Matching.faceIds(Matching.result(Matching.match(client, Matching.reference("face", strangers.iterator().next()),
                        Matching.faces(Map.of("user_data", "crowd"), 100)))).size(), size -> size == 7);

        long taskId = client.postJson("/6/tasks/clustering", Map.of("content", Map.of("objects_type", "faces",
                "filters", Map.of("user_data", "crowd"), "threshold", 0.8))).assertStatus(201).json().get("task_id").asLong();

        var task = done(client, taskId);
        assertThat(task.get("task_status").asInt()).isEqualTo(5);
        assertThat(task.get("task_type").asInt()).isEqualTo(2);
        var result = client.get("/6/tasks/" + taskId + "/result").json().get("result");
        assertThat(result.get("total_objects").asInt()).isEqualTo(7);
        assertThat(result.get("total_clusters").asInt()).isEqualTo(5);
        var clusters = new ArrayList<Set<String>>();
        result.get("clusters").forEach(cluster -> {
            var members = new HashSet<String>();
            cluster.forEach(id -> members.add(id.asString()));
            clusters.add(members);
        });
        assertThat(clusters.subList(0, 2)).containsExactlyInAnyOrderElementsOf(people);
        assertThat(clusters.subList(2, 5)).allSatisfy(cluster -> assertThat(cluster).hasSize(1));

        // its report: the cluster's number and the face first, then the columns asked
        long reportId = client.postJson("/6/tasks/reporter", Map.of("content", Map.of("columns", List.of("user_data"),
                "filters", Map.of("task_id", taskId)))).assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, reportId).get("task_status").asInt()).isEqualTo(5);
        var report = client.get("/6/tasks/" + reportId + "/result").assertStatus(200);
        assertThat(report.header("Content-Type")).hasValue("application/zip");
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(report.bytes()))) {
            zip.getNextEntry();
            var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(records.getHeaderNames()).containsExactly("cluster_id", "face_id", "user_data");
            var byCluster = new java.util.TreeMap<Integer, Set<String>>();
            for (var record : records) {
                byCluster.computeIfAbsent(Integer.parseInt(record.get("cluster_id")), k -> new HashSet<>()).add(record.get("face_id"));
                assertThat(record.get("user_data")).isEqualTo("crowd");
            }
            assertThat(byCluster.keySet()).containsExactly(1, 2, 3, 4, 5);
            assertThat(List.of(byCluster.get(1), byCluster.get(2))).containsExactlyInAnyOrderElementsOf(people);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        client.postJson("/6/tasks/reporter", Map.of("content", Map.of("filters", Map.of("task_id", reportId))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }

    /**
     * The six group photos through the models: the woman in the middle of sample3 and the smiling
     * woman on the right of sample1 are one person (MatcherTest), and no other two faces are alike
     * enough, so a clustering at 0.5 gives one cluster of two and singletons for everyone else.
     */
    @Test
    void aClusteringOfTheSixGroupPhotosFindsTheOneWomanPhotographedTwice(Api api) {
        var client = api.newAccount("user").withToken();
        var list = ListsTest.createList(client, "six group photos");
        var faces = GroupPhotoFaces.enrol(client, list, (photo, place) -> true);
        var enrolled = faces.enrolledFaceIds();
        Eventually.value("the matcher holds the enrolled faces", () -> Matching.faceIds(Matching.result(Matching.match(client,
                Matching.reference("face", enrolled.getFirst()), Matching.faces(Map.of("list_id", list), 100)))).size(),
                size -> size == enrolled.size());

        long taskId = client.postJson("/6/tasks/clustering", Map.of("content", Map.of("objects_type", "faces",
                "filters", Map.of("list_id", list), "threshold", 0.5))).assertStatus(201).json().get("task_id").asLong();

        assertThat(done(client, taskId).get("task_status").asInt()).isEqualTo(5);
        var result = client.get("/6/tasks/" + taskId + "/result").json().get("result");
        assertThat(result.get("total_objects").asInt()).isEqualTo(enrolled.size());
        assertThat(result.get("total_clusters").asInt()).isEqualTo(enrolled.size() - 1);
        var largest = new HashSet<String>();
        result.get("clusters").get(0).forEach(id -> largest.add(id.asString()));
        assertThat(largest).containsExactlyInAnyOrder(faces.face(3, 1).faceId(), faces.rightmost(1).faceId());
    }

    /**
     * A roc over the six group photos, the woman photographed twice labelled alike and everyone else
     * on a label of their own: one positive pair, which outscores every negative one, so the curve
     * reaches a true positive rate of 1 with no false positive, and each of the two finds the other first.
     */
    @Test
    void aRocOfTheSixGroupPhotosRanksTheOnePositivePairAboveEveryNegative(Api api) {
        var client = api.newAccount("user").withToken();
        var list = ListsTest.createList(client, "roc markup");
        var faces = GroupPhotoFaces.enrol(client, list, (photo, place) -> true);
        var enrolled = faces.enrolledFaceIds();
        var twice = Set.of(faces.face(3, 1).faceId(), faces.rightmost(1).faceId());
        var markup = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < enrolled.size(); i++) {
            markup.add(Map.of("face_id", enrolled.get(i), "label", twice.contains(enrolled.get(i)) ? 1 : 100 + i));
        }

        long taskId = client.postJson("/6/tasks/roc", Map.of("content", Map.of("markup", markup, "limit", 3,
                "key_FPRs", List.of(0.001, 0.01)))).assertStatus(201).json().get("task_id").asLong();

        assertThat(done(client, taskId).get("task_status").asInt()).isEqualTo(5);
        var result = client.get("/6/tasks/" + taskId + "/result").json().get("result");
        int n = enrolled.size();
        assertThat(result.get("positive_pairs").asLong()).isEqualTo(1);
        assertThat(result.get("negative_pairs").asLong()).isEqualTo((long) n * (n - 1) / 2 - 1);
        assertThat(result.get("auc").asDouble()).isGreaterThan(0.999);
        assertThat(result.get("top_n").get(0).get("probability").asDouble()).isEqualTo(1.0);
        assertThat(result.get("top_n")).hasSize(3);
        var atOnePercent = result.get("key_FPRs").get(1);
        assertThat(atOnePercent.get("tpr").asDouble()).isEqualTo(1.0);
        assertThat(atOnePercent.get("fpr").asDouble()).isLessThanOrEqualTo(0.01);
        var curve = result.get("roc_curve");
        assertThat(curve).hasSize(101);
        assertThat(curve.get(0).get("tpr").asDouble()).isEqualTo(1.0);
        assertThat(curve.get(0).get("fpr").asDouble()).isEqualTo(1.0);
        assertThat(result.get("eer").get("fnr").asDouble()).isZero();

        var bare = client.postJson("/6/faces", Map.of()).assertStatus(201).text("face_id");
        long failing = client.postJson("/6/tasks/roc", Map.of("content", Map.of("markup", List.of(Map.of("face_id", enrolled.getFirst(),
                "label", 1), Map.of("face_id", bare, "label", 1))))).assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, failing).get("task_status").asInt()).isEqualTo(3);
        assertThat(client.get("/6/tasks/" + failing + "/errors").json().get("errors").get(0).get("error_code").asInt())
                .isEqualTo(ErrorCode.NO_DESCRIPTOR_TO_MATCH.code());
        client.postJson("/6/tasks/roc", Map.of("content", Map.of("markup", List.of(Map.of("face_id", bare, "label", 1)))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
    }

    @Test
    void tasksAreTheirAccountsAndWrongRequestsChangeNothing(Api api) {
        var owner = api.newAccount("user").api();
        var other = api.newAccount("user").api();
        var face = faces(owner, "mine", 1).getFirst();
        long taskId = owner.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "faces", "filters",
                Map.of("face_ids", List.of(UUID.randomUUID().toString()))))).assertStatus(201).json().get("task_id").asLong();
        done(owner, taskId);

        other.get("/6/tasks/" + taskId).assertError(ErrorCode.TASK_NOT_FOUND);
        other.delete("/6/tasks/" + taskId).assertError(ErrorCode.TASK_NOT_FOUND);
        other.get("/6/tasks/" + taskId + "/result").assertError(ErrorCode.TASK_NOT_FOUND);
        assertThat(other.get("/6/tasks").json().get("tasks")).isEmpty();
        // another account's faces are never chosen: a gc of everything in the other account leaves them
        long everything = other.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "faces"))).assertStatus(201)
                .json().get("task_id").asLong();
        done(other, everything);
        owner.get("/6/faces/" + face).assertStatus(200);

        var otherList = other.postJson("/6/lists", Map.of()).assertStatus(201).text("list_id");
        owner.postJson("/6/tasks/linker", Map.of("content", Map.of("objects_type", "faces", "create_list", 0, "list_id", otherList)))
                .assertError(ErrorCode.LIST_NOT_FOUND);
        owner.postJson("/6/tasks/gc", Map.of()).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        owner.postJson("/6/tasks/gc", Map.of("content", Map.of("target", "samples"))).assertError(ErrorCode.FEATURE_UNAVAILABLE);
        owner.postJson("/6/tasks/estimator", Map.of("content", Map.of("source", Map.of("source_type", "zip"))))
                .assertError(ErrorCode.JSON_VALIDATION_FAILED);
        owner.postJson("/6/tasks/lambda", Map.of("content", Map.of("lambda_id", UUID.randomUUID().toString())))
                .assertError(ErrorCode.FEATURE_UNAVAILABLE);
        owner.get("/6/tasks/abc").assertError(ErrorCode.RESOURCE_NOT_FOUND);
        owner.get("/6/tasks/999999999").assertError(ErrorCode.TASK_NOT_FOUND);
        assertThat(owner.get("/6/tasks/count").json().get("count").asInt()).isEqualTo(1);

        owner.delete("/6/tasks/" + taskId).assertStatus(204);
        owner.get("/6/tasks/" + taskId).assertError(ErrorCode.TASK_NOT_FOUND);
        assertThat(owner.get("/6/tasks/errors").assertStatus(200).json().get("errors")).isEmpty();
    }
}
