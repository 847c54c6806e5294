package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /6/tasks/estimator} over HTTP (ADR 0022): a ZIP archive of the six group photos, served
 * behind basic authorization, goes through a handler's policies and gives, photo by photo, the events
 * that posting each photo to a handler of the same policies gives.
 */
@ExtendWith(RunningStack.class)
class EstimatorTaskTest {
    private static final List<Asset> PHOTOS = List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6);

    private static byte[] archive() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var photo : PHOTOS) {
                zip.putNextEntry(new ZipEntry("set/" + name(photo)));
                zip.write(DetectorTest.photo(photo));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("set/notes.txt"));
            zip.write("not a photo".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("elsewhere/" + name(Asset.PHOTO_1)));
            zip.write(DetectorTest.photo(Asset.PHOTO_1));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String name(Asset photo) {
        return photo.name().toLowerCase() + ".jpg";
    }

    /** What an event's faces show that the models decide: each face's rect, gender and age. */
    private static List<String> faces(Api client, List<String> eventIds) {
        var faces = new ArrayList<String>();
        for (var id : eventIds) {
            JsonNode event = client.get("/6/events/" + id).assertStatus(200).json();
            faces.add(event.get("face_detections").get(0).get("detection").get("rect") + " " + event.get("gender") + " " + event.get("age"));
        }
        faces.sort(null);
        return faces;
    }

    /** The events a done estimator made, by the file each came from; every file's status 1. */
    private static Map<String, List<String>> eventsByFile(Api client, long taskId) {
        var byName = new HashMap<String, List<String>>();
        client.get("/6/tasks/" + taskId + "/result").json().get("result").forEach(image -> {
            assertThat(image.get("status").asInt()).as(image.toString()).isEqualTo(1);
            var ids = new ArrayList<String>();
            image.get("event_ids").forEach(id -> ids.add(id.asString()));
            byName.put(image.get("filename").asString(), ids);
        });
        return byName;
    }

    /** The events of posting the photo to the handler, as a client would. */
    private static List<String> postedEvents(Api client, String handler, Asset photo) {
        var ids = new ArrayList<String>();
        client.post("/6/handlers/" + handler + "/events", "image/jpeg", DetectorTest.photo(photo)).assertStatus(201).json().get("events")
                .forEach(event -> ids.add(event.get("event_id").asString()));
        return ids;
    }

    @Test
    void anEstimatorOfAZipGivesTheEventsOfPostingEachPhoto(Api api) throws Exception {
        var account = api.newAccount("user");
        var client = account.api();
        var archive = archive();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var expected = "Basic " + Base64.getEncoder().encodeToString("reader:secret".getBytes(StandardCharsets.UTF_8));
        server.createContext("/photos.zip", exchange -> {
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
            } else {
                exchange.sendResponseHeaders(200, archive.length);
                exchange.getResponseBody().write(archive);
            }
            exchange.close();
        });
        server.start();
        try {
            var url = "http://127.0.0.1:" + server.getAddress().getPort() + "/photos.zip";
            var estimated = HandlersTest.createHandler(client, Map.of("policies", Map.of()));
            var posted = HandlersTest.createHandler(client, Map.of("policies", Map.of()));

            long taskId = client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", estimated),
                    "source", Map.of("source_type", "zip", "reference", url, "prefix", "set/", "postfix", ".jpg",
                            "authorization", Map.of("login", "reader", "password", "secret"))))).assertStatus(201).json().get("task_id").asLong();
            var task = TasksTest.done(client, taskId);
            assertThat(task.get("task_status").asInt()).isEqualTo(5);
            assertThat(task.get("count_task_parts_all").asInt()).isEqualTo(1);

            var byName = eventsByFile(client, taskId);
            assertThat(byName).hasSize(PHOTOS.size());
            for (var photo : PHOTOS) {
                var oneByOne = postedEvents(client, posted, photo);
                var fromTask = byName.get("set/" + name(photo));
                assertThat(fromTask).as(name(photo)).hasSameSizeAs(oneByOne);
                assertThat(faces(client, fromTask)).as(name(photo)).isEqualTo(faces(client, oneByOne));
            }
            // the task's token is gone with the task
            var tokens = client.get("/6/tokens").assertStatus(200).json().get("tokens");
            tokens.forEach(token -> assertThat(token.get("description").asString()).doesNotStartWith("estimator task"));

            long failing = client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", estimated),
                    "source", Map.of("source_type", "zip", "reference", url)))).assertStatus(201).json().get("task_id").asLong();
            assertThat(Eventually.value("the unauthorized estimator failed", () -> client.get("/6/tasks/" + failing).json(),
                    t -> t.get("task_status").asInt() == 3 || t.get("task_status").asInt() == 5).get("task_status").asInt()).isEqualTo(3);
            assertThat(client.get("/6/tasks/" + failing + "/errors").json().get("errors").get(0).get("error_code").asInt())
                    .isEqualTo(ErrorCode.SOURCE_UNREADABLE.code());
        } finally {
            server.stop(0);
        }
    }

    /**
     * A bucket of an S3-compatible store of the user's own (a second S3Proxy, which checks its keys):
     * the task lists and reads it with the keys it was given, takes the files of the prefix with the
     * postfix, and gives the events of posting those photos; wrong keys fail it with 22045, and the
     * platform's own storage is refused as a source.
     */
    @Test
    void anEstimatorOfABucketReadsItWithTheKeysItWasGiven(Api api, RunningStack.Started stack) throws Exception {
        var folder = java.nio.file.Files.createTempDirectory("user-bucket-");
        var endpoint = java.net.URI.create("http://127.0.0.1:" + FreePorts.next());
        var store = org.gaul.s3proxy.S3Proxy.builder().blobStore(new org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore(folder.toString()))
                .endpoint(endpoint).awsAuthentication(org.gaul.s3proxy.auth.AuthenticationType.AWS_V2_OR_V4, "user-key", "user-secret").build();
        store.start();
        while (!"STARTED".equals(store.getState())) {
            Thread.onSpinWait();
        }
        try (var s3 = software.amazon.awssdk.services.s3.S3Client.builder().endpointOverride(endpoint).forcePathStyle(true)
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("user-key", "user-secret"))).build()) {
            s3.createBucket(b -> b.bucket("photos"));
            for (var photo : List.of(Asset.PHOTO_1, Asset.PHOTO_3)) {
                s3.putObject(b -> b.bucket("photos").key("day1/" + name(photo)),
                        software.amazon.awssdk.core.sync.RequestBody.fromBytes(DetectorTest.photo(photo)));
            }
            s3.putObject(b -> b.bucket("photos").key("day1/notes.txt"), software.amazon.awssdk.core.sync.RequestBody.fromString("no"));
            s3.putObject(b -> b.bucket("photos").key("day2/" + name(Asset.PHOTO_2)),
                    software.amazon.awssdk.core.sync.RequestBody.fromBytes(DetectorTest.photo(Asset.PHOTO_2)));
        }
        try {
            var client = api.newAccount("user").api();
            var estimated = HandlersTest.createHandler(client, Map.of("policies", Map.of()));
            var posted = HandlersTest.createHandler(client, Map.of("policies", Map.of()));
            java.util.function.Function<String, Map<String, Object>> source = secret -> Map.of("source_type", "s3", "bucket_name", "photos",
                    "endpoint", endpoint.toString(), "prefix", "day1/", "postfix", ".jpg",
                    "authorization", Map.of("access_key", "user-key", "secret_key", secret));

            long taskId = client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", estimated),
                    "source", source.apply("user-secret")))).assertStatus(201).json().get("task_id").asLong();
            var task = TasksTest.done(client, taskId);
            assertThat(task.get("task_status").asInt()).as(client.get("/6/tasks/" + taskId + "/errors").json().toString()).isEqualTo(5);
            var byName = eventsByFile(client, taskId);
            assertThat(byName.keySet()).containsExactlyInAnyOrder("day1/" + name(Asset.PHOTO_1), "day1/" + name(Asset.PHOTO_3));
            for (var photo : List.of(Asset.PHOTO_1, Asset.PHOTO_3)) {
                var oneByOne = postedEvents(client, posted, photo);
                assertThat(faces(client, byName.get("day1/" + name(photo)))).isEqualTo(faces(client, oneByOne));
            }

            long wrongKeys = client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", estimated),
                    "source", source.apply("not-the-secret")))).assertStatus(201).json().get("task_id").asLong();
            assertThat(Eventually.value("the estimator with wrong keys failed", () -> client.get("/6/tasks/" + wrongKeys).json(),
                    t -> t.get("task_status").asInt() == 3 || t.get("task_status").asInt() == 5).get("task_status").asInt()).isEqualTo(3);
            assertThat(client.get("/6/tasks/" + wrongKeys + "/errors").json().get("errors").get(0).get("error_code").asInt())
                    .isEqualTo(ErrorCode.SOURCE_UNREADABLE.code());

            var platformStorage = "http://127.0.0.1:" + stack.settings().emulatorPorts().s3();
            client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", estimated), "source",
                    Map.of("source_type", "s3", "bucket_name", "luna-face-samples", "endpoint", platformStorage,
                            "authorization", Map.of("access_key", "any", "secret_key", "any"))))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
            client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", estimated), "source",
                    Map.of("source_type", "s3", "bucket_name", "photos")))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        } finally {
            store.stop();
        }
    }

    /**
     * An estimator with policies of its own: a handler of those policies, made for the task, gives the
     * events a handler of the same policies gives; it is gone with the task, as is the task's token.
     */
    @Test
    void anEstimatorWithPoliciesOfItsOwnGivesTheEventsOfAHandlerOfThosePolicies(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var photo : List.of(Asset.PHOTO_1, Asset.PHOTO_3)) {
                zip.putNextEntry(new ZipEntry(name(photo)));
                zip.write(DetectorTest.photo(photo));
                zip.closeEntry();
            }
        }
        var server = serve(bytes.toByteArray());
        try {
            Map<String, Object> policies = Map.of("extract_policy", Map.of("extract_basic_attributes", 1));
            var posted = HandlersTest.createHandler(client, Map.of("policies", policies));
            long taskId = client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("policies", policies),
                    "source", Map.of("source_type", "zip", "reference", "http://127.0.0.1:" + server.getAddress().getPort() + "/photos.zip"))))
                    .assertStatus(201).json().get("task_id").asLong();
            var task = TasksTest.done(client, taskId);
            assertThat(task.get("task_status").asInt()).as(client.get("/6/tasks/" + taskId + "/errors").json().toString()).isEqualTo(5);

            var byName = eventsByFile(client, taskId);
            for (var photo : List.of(Asset.PHOTO_1, Asset.PHOTO_3)) {
                var oneByOne = postedEvents(client, posted, photo);
                var fromTask = byName.get(name(photo));
                assertThat(faces(client, fromTask)).as(name(photo)).isEqualTo(faces(client, oneByOne));
                // the policies ran: an age is estimated only when basic attributes are extracted
                assertThat(faces(client, fromTask)).allSatisfy(face -> assertThat(face).doesNotEndWith("null"));
                var madeFor = client.get("/6/events/" + fromTask.getFirst()).json().get("handler_id").asString();
                assertThat(madeFor).isNotEqualTo(posted);
                client.get("/6/handlers/" + madeFor).assertError(ErrorCode.HANDLER_NOT_FOUND);
            }
            assertThat(client.get("/6/handlers/count").json().get("handlers_count").asInt()).isEqualTo(1);
            client.get("/6/tokens").json().get("tokens").forEach(token ->
                    assertThat(token.get("description").asString()).doesNotStartWith("estimator task"));
        } finally {
            server.stop(0);
        }
    }

    /** An archive served over http at {@code /photos.zip} of a server on a free port. */
    private static HttpServer serve(byte[] archive) throws java.io.IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/photos.zip", exchange -> {
            exchange.sendResponseHeaders(200, archive.length);
            exchange.getResponseBody().write(archive);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** A schedule of an estimator: its run fetches the archive and makes the events, as a task created directly does. */
    @Test
    void aScheduledEstimatorRunsAsOneCreatedDirectly(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name(Asset.PHOTO_4)));
            zip.write(DetectorTest.photo(Asset.PHOTO_4));
            zip.closeEntry();
        }
        var server = serve(bytes.toByteArray());
        try {
            var handler = HandlersTest.createHandler(client, Map.of("policies", Map.of()));
            long scheduleId = client.postJson("/6/tasks/schedules", Map.of("task", Map.of("task_type", 8, "content", Map.of(
                    "handler", Map.of("handler_id", handler), "source", Map.of("source_type", "zip",
                            "reference", "http://127.0.0.1:" + server.getAddress().getPort() + "/photos.zip"))),
                    "trigger", Map.of("cron", "0 3 * * *"), "behaviour", Map.of("start_immediately", true)))
                    .assertStatus(201).json().get("schedule_id").asLong();
            long taskId = client.get("/6/tasks/schedules/" + scheduleId).json().get("task_ids").get(0).asLong();
            var task = TasksTest.done(client, taskId);
            assertThat(task.get("task_status").asInt()).as(client.get("/6/tasks/" + taskId + "/errors").json().toString()).isEqualTo(5);
            assertThat(task.get("schedule_id").asLong()).isEqualTo(scheduleId);
            var fromTask = eventsByFile(client, taskId).get(name(Asset.PHOTO_4));
            assertThat(faces(client, fromTask)).isEqualTo(faces(client, postedEvents(client, handler, Asset.PHOTO_4)));
            // a schedule asks what the task's route asks: not another account's handler
            var stranger = api.newAccount("user").withToken();
            stranger.postJson("/6/tasks/schedules", Map.of("task", Map.of("task_type", 8, "content", Map.of(
                    "handler", Map.of("handler_id", handler), "source", Map.of("source_type", "zip", "reference", "http://127.0.0.1:9/x.zip"))),
                    "trigger", Map.of("cron", "0 3 * * *"))).assertError(ErrorCode.HANDLER_NOT_FOUND);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anEstimatorAsksWhatPostingToItsHandlerAsks(Api api) {
        var account = api.newAccount("user");
        var client = account.api();
        var handler = HandlersTest.createHandler(client, Map.of("policies", Map.of()));
        var source = Map.of("source_type", "zip", "reference", "http://127.0.0.1:9/photos.zip");
        var tasksOnly = account.withToken(Map.of("task", List.of("creation", "view")));
        tasksOnly.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", handler), "source", source)))
                .assertError(ErrorCode.PERMISSION_DENIED);
        var stranger = api.newAccount("user").api();
        stranger.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", handler), "source", source)))
                .assertError(ErrorCode.HANDLER_NOT_FOUND);
        // policies of the task's own: exactly one of the two, policies a handler could have, a token that may emit through a new handler
        client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", handler, "policies", Map.of()),
                "source", source))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("policies", Map.of("match_policy",
                List.of(Map.of("candidates", Map.of("origin", "faces", "list_id", java.util.UUID.randomUUID().toString()))))), "source", source)))
                .assertError(ErrorCode.LIST_NOT_FOUND);
        client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("policies", Map.of("detect_policy",
                Map.of("detect_face", 2))), "source", source))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        var oneHandlerOnly = account.withToken(Map.of("task", List.of("creation", "view"), "event", List.of("creation"),
                "emit_events", Map.of("allowed", 1, "white_list", List.of(handler))));
        oneHandlerOnly.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("policies", Map.of()), "source", source)))
                .assertError(ErrorCode.PERMISSION_DENIED);
        client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", handler),
                "source", Map.of("source_type", "ftp")))).assertError(ErrorCode.FEATURE_UNAVAILABLE);
        client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", handler),
                "source", Map.of("source_type", "zip", "reference", "file:///etc/passwd")))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        assertThat(client.get("/6/tasks/count").json().get("count").asInt()).isZero();
    }
}
