package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openluna.localstack.DetectorTest.photo;
import static org.openluna.localstack.SdkTest.detection;
import static org.openluna.localstack.SdkTest.theOnlyImage;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.descriptors.SdkDescriptor;
import tools.jackson.databind.JsonNode;

/** {@code POST /6/sdk}: the pose and liveness filters, the multiface policy, and aggregation over several faces. */
@ExtendWith(RunningStack.class)
class SdkFiltersTest {

    @Test
    void aFaceTurnedBeyondAPoseThresholdIsListedApartWithItsReason(Api api) {
        var account = api.newAccount("user");
        // sample6: three women face the camera (pitch -10 to -18 as the model reads it), the third from the left lowers her
        // head onto her shoulder (-23)
        var image = theOnlyImage(account.api().post("/6/sdk?detect_face=1&pitch_threshold=21", "image/jpeg", photo(Asset.PHOTO_6)));

        assertThat(image.get("estimations").size()).isEqualTo(3);
        var filtered = image.get("filtered_detections").get("face_detections");
        assertThat(filtered.size()).isEqualTo(1);
        var reason = filtered.get(0).get("filter_reasons").get(0);
        assertThat(reason.get("filter_name").asString()).isEqualTo("pitch_threshold");
        assertThat(reason.get("object_value").asDouble()).isLessThan(-21);
        assertThat(reason.get("threshold_value").asInt()).isEqualTo(21);
        assertThat(filtered.get(0).get("detection").get("sample").get("detection").get("rect").get("width").asInt()).isGreaterThan(100);
        // the pose was estimated for the filter only, so it is not shown
        assertThat(detection(image.get("estimations").get(0)).get("attributes").has("head_pose")).isFalse();

        var unfiltered = theOnlyImage(account.api().post("/6/sdk?detect_face=1", "image/jpeg", photo(Asset.PHOTO_6)));
        assertThat(unfiltered.get("estimations").size()).isEqualTo(4);
        assertThat(unfiltered.has("filtered_detections")).isFalse();
    }

    @Test
    void livenessStatesKeepOnlyFacesInThoseStates(Api api) {
        var account = api.newAccount("user");
        var spoofsOnly = theOnlyImage(account.api().post("/6/sdk?detect_face=1&liveness_states=0", "image/png", photo(Asset.WEBCAM_SCREENSHOT)));
        assertThat(spoofsOnly.get("estimations").size()).isZero();
        var reason = spoofsOnly.get("filtered_detections").get("face_detections").get(0).get("filter_reasons").get(0);
        assertThat(reason.get("filter_name").asString()).isEqualTo("liveness_states");
        assertThat(reason.get("object_value").asInt()).isEqualTo(1);
        assertThat(reason.get("threshold_value").get(0).asInt()).isZero();

        var realOnes = theOnlyImage(account.api().post("/6/sdk?detect_face=1&liveness_states=1&liveness_states=2", "image/png",
                photo(Asset.WEBCAM_SCREENSHOT)));
        assertThat(realOnes.get("estimations").size()).isEqualTo(1);
        assertThat(realOnes.get("filtered_detections").get("face_detections").size()).isZero();
    }

    @Test
    void multifacePolicyZeroKeepsOneFace(Api api) {
        var account = api.newAccount("user");
        var image = theOnlyImage(account.api().post("/6/sdk?detect_face=1&multiface_policy=0", "image/jpeg", photo(Asset.PHOTO_5)));
        assertThat(image.get("estimations").size()).isEqualTo(1);
    }

    @Test
    void aggregationShowsTheMeanOfEveryFaceOnceAndLeavesItOffEachFace(Api api) {
        var account = api.newAccount("user");
        var query = "/6/sdk?estimate_basic_attributes=1&estimate_emotions=1&estimate_liveness=1&estimate_quality=1";
        var form = new MultipartForm().image("three.jpg", "image/jpeg", photo(Asset.PHOTO_3)).image("kitten.jpg", "image/jpeg", photo(Asset.KITTEN));
        var each = faces(account.api().postForm(query, form).assertStatus(200).json());

        var aggregatedReply = account.api().postForm(query + "&aggregate_attributes=1", form).assertStatus(200).json();
        var aggregated = aggregatedReply.get("aggregate_estimations").get("face").get("attributes");

        assertThat(each).hasSize(3);
        var ages = new ArrayList<Double>();
        var happiness = new ArrayList<Double>();
        var liveness = new ArrayList<Double>();
        for (var face : each) {
            var attributes = face.get("attributes");
            ages.add(attributes.get("basic_attributes").get("age").asDouble());
            happiness.add(attributes.get("emotions").get("estimations").get("happiness").asDouble());
            liveness.add(attributes.get("liveness").get("estimations").get("score").asDouble());
        }
        assertThat(aggregated.get("basic_attributes").get("gender").asInt()).isZero();
        assertThat(aggregated.get("basic_attributes").get("age").asDouble()).isCloseTo(mean(ages), within(1.0));
        assertThat(aggregated.get("emotions").get("estimations").get("happiness").asDouble()).isCloseTo(mean(happiness), within(1e-4));
        assertThat(aggregated.get("liveness").get("estimations").get("score").asDouble()).isCloseTo(mean(liveness), within(1e-4));
        assertThat(SdkDescriptor.parseBase64(aggregated.get("descriptor").get("sdk_descriptor").asString()).version().isOurs()).isTrue();
        for (var face : faces(aggregatedReply)) {
            // quality belongs to one picture, so it stays with its face
            assertThat(face.has("quality")).isTrue();
            assertThat(face.has("attributes")).isFalse();
        }
    }

    @Test
    void aggregationOverImagesWithoutFacesHasNoFace(Api api) {
        var account = api.newAccount("user");
        var reply = account.api().post("/6/sdk?detect_face=1&aggregate_attributes=1", "image/jpeg", photo(Asset.KITTEN))
                .assertStatus(200).json();
        assertThat(reply.get("aggregate_estimations").get("face").isNull()).isTrue();
    }

    private static List<JsonNode> faces(JsonNode reply) {
        var faces = new ArrayList<JsonNode>();
        reply.get("images_estimations").forEach(image -> image.get("estimations").forEach(e -> faces.add(detection(e))));
        return faces;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
