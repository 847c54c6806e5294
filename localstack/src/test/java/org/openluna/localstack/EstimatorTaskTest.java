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
            var task = Eventually.value("the estimator done", () -> client.get("/6/tasks/" + taskId).json(),
                    t -> t.get("task_status").asInt() == 5 || t.get("task_status").asInt() == 3);
            assertThat(task.get("task_status").asInt()).isEqualTo(5);
            assertThat(task.get("count_task_parts_all").asInt()).isEqualTo(1);

            var byName = new HashMap<String, List<String>>();
            client.get("/6/tasks/" + taskId + "/result").json().get("result").forEach(image -> {
                assertThat(image.get("status").asInt()).as(image.toString()).isEqualTo(1);
                var ids = new ArrayList<String>();
                image.get("event_ids").forEach(id -> ids.add(id.asString()));
                byName.put(image.get("filename").asString(), ids);
            });
            assertThat(byName).hasSize(PHOTOS.size());
            for (var photo : PHOTOS) {
                var oneByOne = new ArrayList<String>();
                client.post("/6/handlers/" + posted + "/events", "image/jpeg", DetectorTest.photo(photo)).assertStatus(201).json().get("events")
                        .forEach(event -> oneByOne.add(event.get("event_id").asString()));
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
        client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("policies", Map.of()), "source", source)))
                .assertError(ErrorCode.FEATURE_UNAVAILABLE);
        client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", handler),
                "source", Map.of("source_type", "s3")))).assertError(ErrorCode.FEATURE_UNAVAILABLE);
        client.postJson("/6/tasks/estimator", Map.of("content", Map.of("handler", Map.of("handler_id", handler),
                "source", Map.of("source_type", "zip", "reference", "file:///etc/passwd")))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        assertThat(client.get("/6/tasks/count").json().get("count").asInt()).isZero();
    }
}
