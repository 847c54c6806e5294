package org.openluna.localstack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.openluna.inference.models.Asset;
import tools.jackson.databind.JsonNode;

/**
 * The faces of the six group photos enrolled as a client would: each photo through {@code /6/detector},
 * its samples through {@code /6/extractor}, a face from each temporary attribute. Faces are named by
 * photo (1-6) and place from the left (0 first), as the photos' notes name the woman seen twice.
 */
final class GroupPhotoFaces {
    static final List<Asset> PHOTOS = List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6);

    /** One detected face: its sample, its temporary attribute, and its face when it was enrolled. */
    record Detected(int photo, int fromLeft, int facesInPhoto, String sampleId, String attributeId, String faceId) {}

    private final List<Detected> detected;

    private GroupPhotoFaces(List<Detected> detected) {
        this.detected = List.copyOf(detected);
    }

    /**
     * Detects every face of the six photos; those {@code enrol} accepts (photo, place from the left)
     * become faces in {@code listId}, with {@code user_data} "sample{photo} face {place}".
     */
    static GroupPhotoFaces enrol(Api client, String listId, BiPredicate<Integer, Integer> enrol) {
        var all = new ArrayList<Detected>();
        for (int p = 1; p <= PHOTOS.size(); p++) {
            var samples = new ArrayList<JsonNode>();
            client.post("/6/detector", "image/jpeg", DetectorTest.photo(PHOTOS.get(p - 1))).assertStatus(201)
                    .json().get("images").get(0).get("detections").get("samples").forEach(s -> samples.add(s.get("face")));
            samples.sort(Comparator.comparingInt(s -> s.get("detection").get("rect").get("x").asInt()));
            var sampleIds = samples.stream().map(s -> s.get("sample_id").asString()).toList();
            var attributes = client.postJson("/6/extractor", sampleIds).assertStatus(201).json();
            for (int i = 0; i < sampleIds.size(); i++) {
                var attributeId = attributes.get(i).get("attribute_id").asString();
                String faceId = null;
                if (enrol.test(p, i)) {
                    faceId = client.postJson("/6/faces", Map.of("attribute", Map.of("attribute_id", attributeId),
                            "user_data", "sample" + p + " face " + i, "lists", List.of(listId))).assertStatus(201).text("face_id");
                }
                all.add(new Detected(p, i, sampleIds.size(), sampleIds.get(i), attributeId, faceId));
            }
        }
        return new GroupPhotoFaces(all);
    }

    Detected face(int photo, int fromLeft) {
        return detected.stream().filter(d -> d.photo() == photo && d.fromLeft() == fromLeft).findFirst().orElseThrow();
    }

    /** The rightmost face of a photo. */
    Detected rightmost(int photo) {
        return detected.stream().filter(d -> d.photo() == photo).max(Comparator.comparingInt(Detected::fromLeft)).orElseThrow();
    }

    List<String> enrolledFaceIds() {
        return detected.stream().map(Detected::faceId).filter(id -> id != null).toList();
    }
}
