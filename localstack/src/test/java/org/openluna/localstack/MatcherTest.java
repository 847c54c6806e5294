package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.Matching.faceIds;
import static org.openluna.localstack.Matching.faces;
import static org.openluna.localstack.Matching.match;
import static org.openluna.localstack.Matching.reference;
import static org.openluna.localstack.Matching.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msgpack.jackson.dataformat.MessagePackMapper;
import org.openluna.shared.api.Json;
import org.openluna.shared.descriptors.RawDescriptor;

/**
 * {@code /6/matcher/faces} and {@code /6/matcher/raw} over HTTP on the faces of the six group photos,
 * enrolled through the detector and the extractor: every face but the woman in the middle of sample3,
 * whose other photo, the smiling woman on the right of sample1, must come first (MODELS.md: cosine
 * about 0.63, while other pairs stay below 0.40).
 */
@ExtendWith(RunningStack.class)
class MatcherTest {
    private static Enrolled enrolled;

    record Enrolled(Api client, String accountId, String listId, GroupPhotoFaces faces) {
        GroupPhotoFaces.Detected query() {
            return faces.face(3, 1);
        }

        GroupPhotoFaces.Detected woman() {
            return faces.rightmost(1);
        }
    }

    /** Enrolled once for the class: six photos through the models take a while on two cores. */
    private static synchronized Enrolled enrolled(Api api) {
        if (enrolled == null) {
            var account = api.newAccount("user");
            var client = account.withToken();
            var list = ListsTest.createList(client, "six group photos");
            var faces = GroupPhotoFaces.enrol(client, list, (photo, place) -> !(photo == 3 && place == 1));
            assertThat(faces.face(3, 1).facesInPhoto()).as("faces found in sample3").isEqualTo(3);
            var expected = faces.enrolledFaceIds();
            Eventually.value("the matcher holds the enrolled faces",
                    () -> faceIds(result(match(client, reference("attribute", faces.face(3, 1).attributeId()), faces(Map.of("list_id", list), 100)))),
                    ids -> ids.size() == expected.size());
            enrolled = new Enrolled(client, account.id(), list, faces);
        }
        return enrolled;
    }

    @Test
    void theWomanOfSample3IsFoundFirstOnTheRightOfSample1ByHerSampleHerAttributeAndAmongEveryFace(Api api) {
        var e = enrolled(api);
        var query = e.query();
        var answer = e.client().postJson("/6/matcher/faces", Matching.body(
                List.of(reference("sample", query.sampleId()), reference("attribute", query.attributeId())),
                List.of(faces(Map.of("list_id", e.listId()), 5), faces(Map.of(), 3)))).assertStatus(200).json();

        assertThat(answer.size()).isEqualTo(2);
        assertThat(answer.get(0).get("reference").toString()).isEqualTo("{\"id\":\"" + query.sampleId() + "\",\"type\":\"sample\"}");
        for (var reference : answer) {
            for (var matches : reference.get("matches")) {
                var result = matches.get("result");
                var first = result.get(0);
                assertThat(first.get("face").get("face_id").asString()).isEqualTo(e.woman().faceId());
                assertThat(first.get("face").get("user_data").asString()).isEqualTo("sample1 face " + e.woman().fromLeft());
                assertThat(first.get("face").get("lists").get(0).asString()).isEqualTo(e.listId());
                assertThat(first.get("similarity").asDouble()).isGreaterThan(0.5);
                assertThat(result.get(1).get("similarity").asDouble()).isLessThan(0.45);
            }
        }
        var listFilters = answer.get(0).get("matches").get(0).get("filters");
        assertThat(listFilters.toString()).isEqualTo("{\"origin\":\"faces\",\"account_id\":\"" + e.accountId() + "\",\"list_id\":\"" + e.listId() + "\"}");
        assertThat(answer.get(0).get("matches").get(0).get("result").size()).isEqualTo(5);
        assertThat(answer.get(0).get("matches").get(1).get("result").size()).isEqualTo(3);
    }

    @Test
    void theSimilarityOfAMatchIsTheRawMatchersAndThePlatformsOneSimilarityOfTheStoredDescriptors(Api api) {
        var e = enrolled(api);
        var client = e.client();
        var matched = result(match(client, reference("attribute", e.query().attributeId()), faces(Map.of("list_id", e.listId()), 1))).get(0);
        var queryDescriptor = client.get("/6/attributes/" + e.query().attributeId()).assertStatus(200).json().get("face_descriptor").asString();
        var womanDescriptor = client.get("/6/faces/" + e.woman().faceId() + "/attributes").assertStatus(200).json()
                .get("attributes").get("face_descriptor").get("descriptor").asString();

        var raw = client.postJson("/6/matcher/raw", Map.of(
                "references", List.of(Map.of("id", "query", "type", "raw_descriptor", "data", queryDescriptor, "version", 4242)),
                "candidates", List.of(Map.of("id", "woman", "type", "raw_descriptor", "data", womanDescriptor, "version", 4242)))).assertStatus(200).json();

        double local = RawDescriptor.parseBase64(queryDescriptor, 4242).similarityTo(RawDescriptor.parseBase64(womanDescriptor, 4242));
        assertThat(matched.get("similarity").asDouble()).isEqualTo(local);
        var rawMatch = raw.get("matches").get(0);
        assertThat(rawMatch.get("reference_id").asString()).isEqualTo("query");
        assertThat(rawMatch.get("matches").get(0).get("candidate_id").asString()).isEqualTo("woman");
        assertThat(rawMatch.get("matches").get(0).get("similarity").asDouble()).isEqualTo(local);
    }

    @Test
    void aFaceReferenceFindsItselfWithSimilarityOneAndTheLimitThresholdAndTargetsShapeTheResult(Api api) {
        var e = enrolled(api);
        var client = e.client();
        var self = result(match(client, reference("face", e.woman().faceId()), faces(Map.of("list_id", e.listId()), 1)));
        var aboveHalf = result(match(client, reference("attribute", e.query().attributeId()),
                Map.of("filters", Map.of("origin", "faces"), "limit", 10, "threshold", 0.5)));
        var targeted = result(match(client, reference("attribute", e.query().attributeId()),
                Map.of("filters", Map.of("origin", "faces"), "limit", 2, "targets", List.of("face_id", "similarity"))));
        var withoutSimilarity = result(match(client, reference("attribute", e.query().attributeId()),
                Map.of("filters", Map.of("origin", "faces"), "targets", List.of("user_data"))));

        assertThat(faceIds(self)).containsExactly(e.woman().faceId());
        assertThat(self.get(0).get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(faceIds(aboveHalf)).containsExactly(e.woman().faceId());
        assertThat(targeted.size()).isEqualTo(2);
        assertThat(targeted.get(0).get("face").toString()).isEqualTo("{\"face_id\":\"" + e.woman().faceId() + "\"}");
        assertThat(targeted.get(0).get("similarity").isNumber()).isTrue();
        assertThat(withoutSimilarity.size()).isEqualTo(3);
        assertThat(withoutSimilarity.get(0).toString()).isEqualTo("{\"face\":{\"user_data\":\"sample1 face " + e.woman().fromLeft() + "\"}}");
        var everyField = result(match(client, reference("face", e.woman().faceId()), faces(Map.of(), 1))).get(0).get("face");
        assertThat(List.copyOf(everyField.propertyNames())).containsExactly("face_id", "account_id", "event_id", "user_data",
                "create_time", "external_id", "avatar", "lists");
    }

    @Test
    void filtersCheckedOnTheFacesThemselvesKeepOnlyTheFacesThatPassThemBestFirst(Api api) {
        var e = enrolled(api);
        var client = e.client();
        var query = reference("attribute", e.query().attributeId());
        var fromSample2 = result(match(client, query, faces(Map.of("user_data", "sample2"), 10)));
        var fromSample1 = result(match(client, query, faces(Map.of("user_data", "sample1", "list_id", e.listId()), 1)));
        var twoGiven = List.of(e.faces().face(2, 0).faceId(), e.faces().face(5, 1).faceId());
        var given = result(match(client, query, faces(Map.of("face_ids", twoGiven), 10)));
        var future = result(match(client, query, faces(Map.of("create_time__gte", "2999-01-01T00:00:00Z"), 10)));
        var past = result(match(client, query, faces(Map.of("create_time__lt", "now-1d"), 10)));

        assertThat(fromSample2.size()).isEqualTo(e.faces().face(2, 0).facesInPhoto());
        fromSample2.forEach(item -> assertThat(item.get("face").get("user_data").asString()).startsWith("sample2 face "));
        var similarities = new ArrayList<Double>();
        fromSample2.forEach(item -> similarities.add(item.get("similarity").asDouble()));
        assertThat(similarities).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(faceIds(fromSample1)).containsExactly(e.woman().faceId());
        assertThat(faceIds(given)).containsExactlyInAnyOrderElementsOf(twoGiven);
        assertThat(future.size()).isZero();
        assertThat(past.size()).isZero();
    }

    @Test
    void msgpackBodiesAndAnswersCarryTheSameMatchesAsJson(Api api) throws Exception {
        var e = enrolled(api);
        var body = Matching.body(List.of(reference("attribute", e.query().attributeId())), List.of(faces(Map.of("list_id", e.listId()), 3)));
        var mapper = new MessagePackMapper();
        var json = e.client().postJson("/6/matcher/faces", body).assertStatus(200).json();

        var packed = e.client().withHeader("Accept", "application/msgpack")
                .post("/6/matcher/faces", "application/msgpack", mapper.writeValueAsBytes(body)).assertStatus(200);

        assertThat(packed.header("Content-Type")).hasValue("application/msgpack");
        var unpacked = Json.tree(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(mapper.readTree(packed.bytes())));
        assertThat(unpacked).isEqualTo(json);
    }
}
