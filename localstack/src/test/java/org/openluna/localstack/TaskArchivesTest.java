package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.TasksTest.done;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;

/**
 * An export's and a report's ZIP with {@code save_images} (seed l.9183, l.9266): beside the CSV, "a
 * folder with images", each object's samples under {@code images/<object>/}, a report's under its
 * cluster's number first; each image the very sample the platform stored.
 */
@ExtendWith(RunningStack.class)
class TaskArchivesTest {

    @Test
    void anExportAndAReportWithSaveImagesHoldEachObjectsSamples(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = HandlersTest.createHandler(client, Map.of("policies", Map.of("storage_policy",
                Map.of("face_policy", Map.of("store_face", 1)))));
        var events = client.post("/6/handlers/" + handler + "/events", "image/jpeg", DetectorTest.photo(Asset.PHOTO_1))
                .assertStatus(201).json().get("events");
        assertThat(events.size()).isEqualTo(3);
        var sampleOfFace = new LinkedHashMap<String, String>();
        var sampleOfEvent = new LinkedHashMap<String, String>();
        for (var event : events) {
            var sample = event.get("detections").get(0).get("samples").get("face").get("sample_id").asString();
            sampleOfFace.put(event.get("face").get("face_id").asString(), sample);
            sampleOfEvent.put(event.get("event_id").asString(), sample);
        }

        long faceExport = client.postJson("/6/tasks/exporter", Map.of("content", Map.of("objects_type", "faces", "save_images", 1,
                "columns", List.of("face_id"), "filters", Map.of("face_ids", List.copyOf(sampleOfFace.keySet())))))
                .assertStatus(201).json().get("task_id").asLong();
        var faceEntries = entries(client, faceExport);
        // three samples make the ZIP larger than this stack answers in a body (FreePorts): it comes through a link
        assertThat(client.get("/6/tasks/" + faceExport + "/result").status()).isEqualTo(307);
        assertThat(faceEntries.keySet().iterator().next()).isEqualTo("faces.csv");
        assertThat(imagesOf(faceEntries)).containsOnlyKeys(sampleOfFace.entrySet().stream()
                .map(e -> "images/" + e.getKey() + "/" + e.getValue() + ".jpg").toList());
        sampleOfFace.forEach((face, sample) -> assertThat(faceEntries.get("images/" + face + "/" + sample + ".jpg"))
                .isEqualTo(client.get("/6/samples/faces/" + sample).assertStatus(200).bytes()));

        long eventExport = client.postJson("/6/tasks/exporter", Map.of("content", Map.of("objects_type", "events", "save_images", 1,
                "columns", List.of("event_id"), "filters", Map.of("handler_ids", handler)))).assertStatus(201).json().get("task_id").asLong();
        var eventEntries = entries(client, eventExport);
        assertThat(eventEntries.keySet().iterator().next()).isEqualTo("events.csv");
        assertThat(imagesOf(eventEntries)).containsOnlyKeys(sampleOfEvent.entrySet().stream()
                .map(e -> "images/" + e.getKey() + "/" + e.getValue() + ".jpg").toList());

        // three strangers: three clusters of one, each face's sample under its cluster's number
        long clustering = client.postJson("/6/tasks/clustering", Map.of("content", Map.of("objects_type", "faces",
                "filters", Map.of("face_ids", List.copyOf(sampleOfFace.keySet())), "threshold", 0.9))).assertStatus(201).json().get("task_id").asLong();
        assertThat(done(client, clustering).get("task_status").asInt()).isEqualTo(5);
        var clusters = client.get("/6/tasks/" + clustering + "/result").json().get("result").get("clusters");
        long report = client.postJson("/6/tasks/reporter", Map.of("content", Map.of("save_images", 1, "columns", List.of("face_id"),
                "filters", Map.of("task_id", clustering)))).assertStatus(201).json().get("task_id").asLong();
        var reportEntries = entries(client, report);
        var expected = new java.util.ArrayList<String>();
        for (int cluster = 0; cluster < clusters.size(); cluster++) {
            for (var face : clusters.get(cluster)) {
                expected.add("images/" + (cluster + 1) + "/" + face.asString() + "/" + sampleOfFace.get(face.asString()) + ".jpg");
            }
        }
        assertThat(expected).hasSize(3);
        assertThat(imagesOf(reportEntries)).containsOnlyKeys(expected);

        // without save_images, the CSV alone
        long plain = client.postJson("/6/tasks/exporter", Map.of("content", Map.of("objects_type", "faces", "columns", List.of("face_id"),
                "filters", Map.of("face_ids", List.copyOf(sampleOfFace.keySet()))))).assertStatus(201).json().get("task_id").asLong();
        assertThat(entries(client, plain)).containsOnlyKeys("faces.csv");
        assertThat(client.get("/6/tasks/" + plain + "/result").status()).isEqualTo(200);
    }

    /** The task's ZIP, each entry's bytes by name in the archive's order. */
    private static Map<String, byte[]> entries(Api client, long taskId) {
        assertThat(done(client, taskId).get("task_status").asInt()).isEqualTo(5);
        var archive = TaskResultBytes.of(client, taskId);
        var entries = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }

    private static Map<String, byte[]> imagesOf(Map<String, byte[]> entries) {
        var images = new LinkedHashMap<>(entries);
        images.keySet().removeIf(name -> !name.startsWith("images/"));
        return images;
    }
}
