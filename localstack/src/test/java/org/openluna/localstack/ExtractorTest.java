package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.descriptors.Similarity;
import tools.jackson.databind.JsonNode;

/** {@code POST /6/extractor} over HTTP: stored samples of the real photos to temporary attributes with the real models. */
@ExtendWith(RunningStack.class)
class ExtractorTest {

    /** The faces the detector found in a photo and stored as samples, from left to right. */
    private static List<String> sampleIdsFromLeft(Api.Account account, Asset photo, String contentType) {
        var samples = account.api().post("/6/detector", contentType, DetectorTest.photo(photo)).assertStatus(201)
                .json().get("images").get(0).get("detections").get("samples");
        var faces = new ArrayList<JsonNode>();
        samples.forEach(s -> faces.add(s.get("face")));
        faces.sort(Comparator.comparingInt(f -> f.get("detection").get("rect").get("x").asInt()));
        return faces.stream().map(f -> f.get("sample_id").asString()).toList();
    }

    private static JsonNode extract(Api.Account account, String query, String... sampleIds) {
        return account.api().postJson("/6/extractor" + query, List.of(sampleIds)).assertStatus(201).json();
    }

    /** The descriptor of a temporary attribute, read back through the API. */
    private static byte[] descriptorOf(Api.Account account, String attributeId) {
        var raw = account.api().get("/6/attributes/" + attributeId).assertStatus(200).json().get("face_descriptor").asString();
        return Base64.getDecoder().decode(raw);
    }

    @Test
    void aSamplesDescriptorIsKeptAsATemporaryAttribute(Api api) {
        var account = api.newAccount("user");
        var sampleId = sampleIdsFromLeft(account, Asset.PHOTO_3, "image/jpeg").getFirst();

        var items = extract(account, "", sampleId);

        assertThat(items.size()).isEqualTo(1);
        var item = items.get(0);
        var attributeId = item.get("attribute_id").asString();
        assertThat(item.get("samples").toString()).isEqualTo("[\"" + sampleId + "\"]");
        assertThat(item.get("url").asString()).isEqualTo("/6/attributes/" + attributeId);
        assertThat(item.get("score").isNull()).isTrue();
        assertThat(item.has("basic_attributes")).isFalse();
        var stored = account.api().get("/6/attributes/" + attributeId).assertStatus(200).json();
        assertThat(Base64.getDecoder().decode(stored.get("face_descriptor").asString())).hasSize(512);
        assertThat(stored.get("face_descriptor_samples").toString()).isEqualTo("[\"" + sampleId + "\"]");
        assertThat(stored.get("basic_attributes").isNull()).isTrue();
        assertThat(account.api().get("/6/attributes/" + attributeId + "/samples").json().get("samples").toString())
                .isEqualTo("[\"" + sampleId + "\"]");
    }

    @Test
    void aDetectedSampleUploadedAgainGivesTheSameDescriptorEvenReencoded(Api api) throws IOException {
        var account = api.newAccount("user");
        var detected = sampleIdsFromLeft(account, Asset.PHOTO_1, "image/jpeg").getLast();
        var bytes = account.api().get("/6/samples/faces/" + detected).assertStatus(200).bytes();
        var uploaded = account.api().post("/6/samples/faces", "image/jpeg", bytes).assertStatus(201).text("sample_id");
        // the same 250x250 picture through another encoder: other bytes, slightly other pixels
        var reencoded = new ByteArrayOutputStream();
        assertThat(ImageIO.write(ImageIO.read(new ByteArrayInputStream(bytes)), "jpeg", reencoded)).isTrue();
        var other = account.api().post("/6/samples/faces", "image/jpeg", reencoded.toByteArray()).assertStatus(201).text("sample_id");

        var items = extract(account, "", detected, uploaded, other);

        assertThat(items.size()).isEqualTo(3);
        assertThat(items.get(0).get("samples").get(0).asString()).isEqualTo(detected);
        assertThat(items.get(1).get("samples").get(0).asString()).isEqualTo(uploaded);
        var fromDetector = descriptorOf(account, items.get(0).get("attribute_id").asString());
        var fromUpload = descriptorOf(account, items.get(1).get("attribute_id").asString());
        var fromReencoded = descriptorOf(account, items.get(2).get("attribute_id").asString());
        assertThat(Similarity.of(fromDetector, fromUpload)).isGreaterThanOrEqualTo(0.95);
        assertThat(Similarity.of(fromDetector, fromReencoded)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void twoSamplesOfOneWomanAggregateToOneAttributeHalfwayBetweenThem(Api api) {
        var account = api.newAccount("user");
        // the smiling woman on the right of sample1 and the woman in the middle of sample3 (MODELS.md)
        var right = sampleIdsFromLeft(account, Asset.PHOTO_1, "image/jpeg").getLast();
        var middle = sampleIdsFromLeft(account, Asset.PHOTO_3, "image/jpeg").get(1);

        var single = extract(account, "", right, middle);
        var a = descriptorOf(account, single.get(0).get("attribute_id").asString());
        var b = descriptorOf(account, single.get(1).get("attribute_id").asString());
        var aggregated = extract(account, "?aggregate_attributes=1", right, middle);

        assertThat(aggregated.size()).isEqualTo(1);
        assertThat(aggregated.get(0).get("samples").toString()).isEqualTo("[\"" + right + "\",\"" + middle + "\"]");
        var mean = descriptorOf(account, aggregated.get(0).get("attribute_id").asString());
        double between = Similarity.of(a, b);
        assertThat(between).as("the same woman in two photos").isGreaterThan(0.45);
        // the renormalised mean of two unit vectors lies at half their angle from each: cos(t/2) = sqrt((1 + cos t) / 2)
        double halfway = Math.sqrt((1 + between) / 2);
        assertThat(Similarity.of(mean, a)).isCloseTo(halfway, within(0.02));
        assertThat(Similarity.of(mean, b)).isCloseTo(halfway, within(0.02));
    }

    @Test
    void basicAttributesAreEstimatedForEachSampleAndAggregatedOverOneFace(Api api) {
        var account = api.newAccount("user");
        var right = sampleIdsFromLeft(account, Asset.PHOTO_1, "image/jpeg").getLast();
        var middle = sampleIdsFromLeft(account, Asset.PHOTO_3, "image/jpeg").get(1);
        // the one man of the photo package (MODELS.md); face-api's own demo reads him as 45
        var man = sampleIdsFromLeft(account, Asset.WEBCAM_SCREENSHOT, "image/png").getFirst();

        var items = extract(account, "?extract_basic_attributes=1&extract_descriptor=0", right, middle, man);

        assertThat(items.size()).isEqualTo(3);
        var ages = new ArrayList<Integer>();
        for (int i = 0; i < 3; i++) {
            var basic = items.get(i).get("basic_attributes");
            assertThat(basic.get("ethnicities").isNull()).isTrue();
            assertThat(basic.get("gender").asInt()).as("gender of item %s", i).isEqualTo(i < 2 ? 0 : 1);
            ages.add(basic.get("age").asInt());
        }
        assertThat(ages.subList(0, 2)).allSatisfy(age -> assertThat(age).isBetween(15, 70));
        assertThat(ages.get(2)).isBetween(35, 55);
        var stored = account.api().get("/6/attributes/" + items.get(2).get("attribute_id").asString()).assertStatus(200).json();
        assertThat(stored.get("basic_attributes").toString()).isEqualTo("{\"age\":" + ages.get(2) + ",\"gender\":1,\"ethnicity\":null}");
        assertThat(stored.get("basic_attributes_samples").toString()).isEqualTo("[\"" + man + "\"]");
        assertThat(stored.get("face_descriptor").isNull()).isTrue();
        assertThat(stored.get("face_descriptor_samples").size()).isZero();

        var woman = extract(account, "?extract_basic_attributes=1&aggregate_attributes=1", right, middle);

        assertThat(woman.size()).isEqualTo(1);
        var basic = woman.get(0).get("basic_attributes");
        assertThat(basic.get("gender").asInt()).isZero();
        assertThat(basic.get("age").asInt()).isBetween(Math.min(ages.get(0), ages.get(1)), Math.max(ages.get(0), ages.get(1)));
        var both = account.api().get("/6/attributes/" + woman.get(0).get("attribute_id").asString()).assertStatus(200).json();
        assertThat(both.get("face_descriptor").isString()).isTrue();
        assertThat(both.get("face_descriptor_samples").toString()).isEqualTo(both.get("basic_attributes_samples").toString())
                .isEqualTo("[\"" + right + "\",\"" + middle + "\"]");
    }

    @Test
    void moreSamplesAndIdsThanOneDynamoDbBatchHoldsAreAllKeptAndListed(Api api) {
        var account = api.newAccount("user");
        // a token spares each of the many requests below a password hash
        var client = api.bearer(token(account, Map.of("attribute", List.of("creation", "view"), "face_sample", List.of("creation", "view"))));
        var detected = sampleIdsFromLeft(account, Asset.PHOTO_3, "image/jpeg").getFirst();
        var bytes = client.get("/6/samples/faces/" + detected).assertStatus(200).bytes();
        // a batch write holds 25 items and a batch read 100 keys
        var samples = new ArrayList<String>();
        for (int i = 0; i < 26; i++) {
            samples.add(client.post("/6/samples/faces", "image/jpeg", bytes).assertStatus(201).text("sample_id"));
        }
        var created = new ArrayList<String>();
        client.postJson("/6/extractor", samples).assertStatus(201).json().forEach(item -> created.add(item.get("attribute_id").asString()));
        var asked = new ArrayList<String>();
        for (int i = 0; i < 75; i++) {
            asked.add(UUID.randomUUID().toString());
        }
        asked.addAll(created);

        var listed = client.get("/6/attributes?targets=attribute_id&attribute_ids=" + String.join(",", asked)).assertStatus(200)
                .json().get("attributes");

        assertThat(asked).hasSize(101);
        var listedIds = new ArrayList<String>();
        listed.forEach(a -> listedIds.add(a.get("attribute_id").asString()));
        assertThat(listedIds).isEqualTo(created);
        assertThat(created).hasSize(26).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownOrForeignSampleIsRefusedAndNothingIsCreated(Api api, RunningStack.Started stack) {
        var owner = api.newAccount("user");
        var stranger = api.newAccount("user");
        var ownSample = sampleIdsFromLeft(owner, Asset.PHOTO_3, "image/jpeg").getFirst();
        var strangersSample = sampleIdsFromLeft(stranger, Asset.PHOTO_3, "image/jpeg").getFirst();
        var unknown = UUID.randomUUID().toString();

        var reply = owner.api().postJson("/6/extractor", List.of(ownSample, unknown)).assertError(ErrorCode.SAMPLE_NOT_FOUND);
        assertThat(reply.text("detail")).isEqualTo("Sample with id '" + unknown + "' not found");
        owner.api().postJson("/6/extractor", List.of(ownSample, strangersSample)).assertError(ErrorCode.SAMPLE_NOT_FOUND);
        stranger.api().postJson("/6/extractor?aggregate_attributes=1", List.of(strangersSample, ownSample)).assertError(ErrorCode.SAMPLE_NOT_FOUND);

        var stored = new StoredAttributes(stack);
        assertThat(stored.count(owner.id())).isZero();
        assertThat(stored.count(stranger.id())).isZero();
    }

    @Test
    void aWrongRequestIsRefusedWithItsErrorAndCreatesNothing(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.api();
        var sample = sampleIdsFromLeft(account, Asset.PHOTO_3, "image/jpeg").getFirst();

        client.post("/6/extractor", "text/plain", ("[\"" + sample + "\"]").getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        assertDetail(client.postJson("/6/extractor", Map.of("samples", List.of(sample))).assertError(ErrorCode.JSON_VALIDATION_FAILED),
                "Failed to validate input json. Path: '', message: 'must be an array of sample ids'");
        assertDetail(client.postJson("/6/extractor", List.of()).assertError(ErrorCode.JSON_VALIDATION_FAILED),
                "Failed to validate input json. Path: '', message: 'at least one sample id is required'");
        assertDetail(client.postJson("/6/extractor", List.of(sample, sample)).assertError(ErrorCode.JSON_VALIDATION_FAILED),
                "Failed to validate input json. Path: '1', message: 'sample ids must be unique'");
        client.postJson("/6/extractor", List.of("not-an-id")).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        assertDetail(client.postJson("/6/extractor?ttl=86401", List.of(sample)).assertError(ErrorCode.BAD_QUERY_PARAMETER), "Bad query parameters 'ttl'");
        client.postJson("/6/extractor?score_threshold=1.5", List.of(sample)).assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.postJson("/6/extractor?aggregate_attributes=2", List.of(sample)).assertError(ErrorCode.BAD_QUERY_PARAMETER);
        client.postJson("/6/extractor?extract_descriptor=0&extract_basic_attributes=0", List.of(sample)).assertError(ErrorCode.BAD_QUERY_PARAMETER);
        assertDetail(client.postJson("/6/extractor?score_threshold=0.5", List.of(sample)).assertError(ErrorCode.FEATURE_UNAVAILABLE),
                "Feature 'score_threshold' is not available on this platform");

        assertThat(new StoredAttributes(stack).count(account.id())).isZero();
        extract(account, "?score_threshold=0", sample);
        assertThat(new StoredAttributes(stack).count(account.id())).isEqualTo(1);
    }

    @Test
    void theTtlOfTheQueryIsTheAttributesLifetime(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var sample = sampleIdsFromLeft(account, Asset.PHOTO_3, "image/jpeg").getFirst();

        var attributeId = extract(account, "?ttl=600", sample).get(0).get("attribute_id").asString();

        var item = new StoredAttributes(stack).item(account.id(), attributeId).orElseThrow();
        assertThat(Instant.parse(item.get("expiry_time").s())).isEqualTo(Instant.parse(item.get("create_time").s()).plusSeconds(600));
    }

    @Test
    void extractingNeedsAttributeCreationAndSampleView(Api api) {
        var account = api.newAccount("user");
        var sample = sampleIdsFromLeft(account, Asset.PHOTO_3, "image/jpeg").getFirst();
        var createOnly = token(account, Map.of("attribute", List.of("creation")));
        var viewOnly = token(account, Map.of("face_sample", List.of("view")));
        var both = token(account, Map.of("attribute", List.of("creation"), "face_sample", List.of("view")));

        assertDetail(api.bearer(createOnly).postJson("/6/extractor", List.of(sample)).assertError(ErrorCode.PERMISSION_DENIED),
                "Permission 'view' on 'face_sample' is required");
        assertDetail(api.bearer(viewOnly).postJson("/6/extractor", List.of(sample)).assertError(ErrorCode.PERMISSION_DENIED),
                "Permission 'creation' on 'attribute' is required");
        api.bearer(both).postJson("/6/extractor", List.of(sample)).assertStatus(201);
    }

    private static String token(Api.Account account, Map<String, Object> permissions) {
        return account.api().postJson("/6/tokens", Map.of("permissions", permissions, "expiration_time", "2999-01-01T00:00:00Z"))
                .assertStatus(201).text("token");
    }

    private static void assertDetail(Api.Reply reply, String detail) {
        assertThat(reply.text("detail")).isEqualTo(detail);
    }
}
