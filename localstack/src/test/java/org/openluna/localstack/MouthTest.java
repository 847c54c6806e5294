package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.DetectorTest.photo;
import static org.openluna.localstack.SdkTest.detection;
import static org.openluna.localstack.SdkTest.theOnlyImage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import tools.jackson.databind.JsonNode;

/**
 * {@code estimate_mouth_attributes} over HTTP (ADR 0023), on mouths a person can judge: the woman on
 * the right of sample1 laughs with her mouth wide open, the woman on the right of sample2 keeps her
 * lips closed, and the ten people of the masked photo have their mouths covered.
 */
@ExtendWith(RunningStack.class)
class MouthTest {

    /** Each face's {@code mouth_attributes}, from the photo's left to its right. */
    private static List<JsonNode> mouths(Api client, String path, byte[] photo) {
        var faces = new ArrayList<JsonNode>();
        theOnlyImage(client.post(path, "image/jpeg", photo)).get("estimations").forEach(e -> faces.add(detection(e)));
        faces.sort(Comparator.comparingDouble(face -> face.get("rect").get("x").asDouble()));
        return faces.stream().map(face -> face.get("attributes").get("mouth_attributes")).toList();
    }

    @Test
    void anOpenLaughIsOpenedAndSmilingClosedLipsAreNotOpenedAndAMaskCoversTheMouth(Api api) {
        var client = api.newAccount("user").api();
        var laugh = mouths(client, "/6/sdk?estimate_mouth_attributes=1", photo(Asset.PHOTO_1)).getLast();
        assertThat(laugh.get("opened").asDouble()).as(laugh.toString()).isGreaterThan(0.5);
        assertThat(laugh.get("smile").asDouble()).as(laugh.toString()).isGreaterThan(0.5);
        assertThat(laugh.get("occluded").asDouble()).as(laugh.toString()).isLessThan(0.5);
        // the seed's order and its score: neither smiling nor covered
        assertThat(List.copyOf(laugh.propertyNames())).containsExactly("score", "occluded", "smile", "opened");
        assertThat(laugh.get("score").asDouble()).isCloseTo((1 - laugh.get("occluded").asDouble()) * (1 - laugh.get("smile").asDouble()),
                org.assertj.core.api.Assertions.within(1e-4));

        var closed = mouths(client, "/6/sdk?estimate_mouth_attributes=1", photo(Asset.PHOTO_2)).getLast();
        assertThat(closed.get("opened").asDouble()).as(closed.toString()).isLessThan(0.5);

        var masked = mouths(client, "/6/sdk?estimate_mouth_attributes=1", MaskTest.masked());
        assertThat(masked).hasSize(10).allSatisfy(mouth -> assertThat(mouth.get("occluded").asDouble()).as(mouth.toString()).isGreaterThan(0.5));

        // /6/detector shows the same
        var samples = client.post("/6/detector?estimate_mouth_attributes=1", "image/jpeg", photo(Asset.PHOTO_1)).assertStatus(201).json()
                .get("images").get(0).get("detections").get("samples");
        samples.forEach(sample -> assertThat(sample.get("face").get("detection").get("attributes").has("mouth_attributes")).isTrue());
    }
}
