package org.openluna.shared.tasks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Json;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.faces.StoredFace;
import tools.jackson.databind.JsonNode;

/**
 * What a gc removes with an object when asked (seed l.9454-9456, l.10457-10498): with
 * {@code remove_samples}, an event's face and body samples or the samples a face's descriptor and
 * attributes came from; with {@code remove_image_origins}, the images an event's detections came from
 * that the platform stored ({@code /6/images/<id>}; an origin given as someone else's url is not ours
 * to remove). Every store is the account's own, so only the account's objects go.
 */
public final class GcLeftovers {
    private static final String IMAGE_URL = "/6/images/";

    private final BlobStore faceSamples;
    private final BlobStore bodySamples;
    private final BlobStore images;

    public GcLeftovers(BlobStore faceSamples, BlobStore bodySamples, BlobStore images) {
        this.faceSamples = faceSamples;
        this.bodySamples = bodySamples;
        this.images = images;
    }

    /** The stores of the samples, which an export's images are read from. */
    CsvArchive.Samples samples() {
        return new CsvArchive.Samples(faceSamples, bodySamples);
    }

    /** One object a gc subtask found, and what it points to. */
    public record Found(String id, List<UUID> faceSamples, List<UUID> bodySamples, List<UUID> images) {
        public Found {
            faceSamples = List.copyOf(faceSamples);
            bodySamples = List.copyOf(bodySamples);
            images = List.copyOf(images);
        }

        public static Found of(StoredEvent event) {
            var images = new ArrayList<UUID>();
            var face = samples(event.faceDetections(), images);
            var body = samples(event.bodyDetections(), images);
            return new Found(event.eventId().toString(), face, body, images.stream().distinct().toList());
        }

        public static Found of(StoredFace face) {
            var samples = face.attribute().map(record -> record.attribute().samples()).orElse(List.of());
            return new Found(face.face().faceId().toString(), samples, List.of(), List.of());
        }

        /** Every sample, face first. */
        public List<UUID> samples() {
            var all = new ArrayList<>(faceSamples);
            all.addAll(bodySamples);
            return all;
        }

        private static List<UUID> samples(JsonNode detections, List<UUID> images) {
            var samples = new ArrayList<UUID>();
            if (detections == null || !detections.isArray()) {
                return samples;
            }
            for (var detection : detections) {
                var sample = detection.get("sample_id");
                if (sample != null && sample.isString()) {
                    Ids.parseUuid(sample.asString()).ifPresent(samples::add);
                }
                var origin = detection.get("image_origin");
                if (origin != null && origin.isString() && origin.asString().startsWith(IMAGE_URL)) {
                    Ids.parseUuid(origin.asString().substring(IMAGE_URL.length())).ifPresent(images::add);
                }
            }
            return samples;
        }
    }

    public static String write(List<Found> found) {
        return Json.writeString(found.stream().map(GcLeftovers::toJson).toList());
    }

    public static List<Found> read(String json) {
        var found = new ArrayList<Found>();
        Json.tree(json.getBytes(StandardCharsets.UTF_8)).forEach(item -> found.add(fromJson(item)));
        return found;
    }

    static JsonNode toJson(Found found) {
        return Json.mapper().valueToTree(java.util.Map.of("id", found.id(), "face_samples", found.faceSamples(),
                "body_samples", found.bodySamples(), "images", found.images()));
    }

    static Found fromJson(JsonNode item) {
        return new Found(item.get("id").asString(), ids(item.get("face_samples")), ids(item.get("body_samples")), ids(item.get("images")));
    }

    /** What {@code found} points to, as asked; removing what is gone already is nothing, so a redelivery may do it again. */
    public void remove(UUID account, Found found, boolean samples, boolean imageOrigins) {
        if (samples) {
            found.faceSamples().forEach(id -> faceSamples.delete(account, id));
            found.bodySamples().forEach(id -> bodySamples.delete(account, id));
        }
        if (imageOrigins) {
            found.images().forEach(id -> images.delete(account, id));
        }
    }

    private static List<UUID> ids(JsonNode array) {
        var ids = new ArrayList<UUID>();
        array.forEach(id -> ids.add(UUID.fromString(id.asString())));
        return ids;
    }
}
