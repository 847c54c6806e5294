package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msgpack.jackson.dataformat.MessagePackMapper;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.descriptors.RawDescriptor;
import org.openluna.shared.descriptors.SdkDescriptor;
import tools.jackson.databind.JsonNode;

/**
 * {@code /6/faces} over HTTP: faces enrolled from the real photos through the detector and the
 * extractor, or made from given data, read back, changed, and deleted from every list that held them.
 */
@ExtendWith(RunningStack.class)
class FacesTest {
    private static final String SAMPLE_A = "ee4c42b6-23ae-410e-a2aa-a4220e64ba4b";
    private static final String SAMPLE_B = "e909cfbe-29d3-44ed-a949-6cb700b89eba";

    static String createFace(Api client, Map<String, Object> body) {
        return client.postJson("/6/faces", body).assertStatus(201).text("face_id");
    }

    static List<String> ids(JsonNode items, String field) {
        var ids = new ArrayList<String>();
        items.forEach(item -> ids.add(item.get(field).asString()));
        return ids;
    }

    private static List<String> faceIds(Api client, String query) {
        return ids(client.get("/6/faces?page_size=1000&" + query).assertStatus(200).json().get("faces"), "face_id");
    }

    private static Map<String, Object> givenAttribute() {
        var attribute = new LinkedHashMap<String, Object>();
        attribute.put("face_descriptors", List.of(Map.of("descriptor", RawDescriptor.encodeBase64(AttributesTest.descriptor(7)), "version", 4242)));
        attribute.put("face_descriptor_samples", List.of(SAMPLE_A));
        attribute.put("basic_attributes", Map.of("age", 31, "gender", 1, "ethnicity", 2));
        attribute.put("basic_attributes_samples", List.of(SAMPLE_A, SAMPLE_B));
        return attribute;
    }

    @Test
    void facesEnrolledFromTheSamplePhotosKeepTheExtractedDescriptorsAndJoinTheirLists(Api api) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var everyone = ListsTest.createList(client, "everyone");
        var firstPhotos = ListsTest.createList(client, "photos 1-3");
        var photos = List.of(Asset.PHOTO_1, Asset.PHOTO_2, Asset.PHOTO_3, Asset.PHOTO_4, Asset.PHOTO_5, Asset.PHOTO_6);
        var enrolled = new LinkedHashMap<String, String>();
        var fromPhoto2 = new ArrayList<String>();
        var inFirstPhotos = new ArrayList<String>();
        for (int p = 0; p < photos.size(); p++) {
            var samples = ids(client.post("/6/detector", "image/jpeg", DetectorTest.photo(photos.get(p))).assertStatus(201)
                    .json().get("images").get(0).get("detections").get("samples"), "face", "sample_id");
            var attributes = client.postJson("/6/extractor", samples).assertStatus(201).json();
            for (int i = 0; i < samples.size(); i++) {
                var lists = p < 3 ? List.of(everyone, firstPhotos) : List.of(everyone);
                var faceId = createFace(client, Map.of("attribute", Map.of("attribute_id", attributes.get(i).get("attribute_id").asString()),
                        "external_id", "photo-" + (p + 1), "user_data", "sample" + (p + 1) + " face " + i, "lists", lists));
                enrolled.put(faceId, samples.get(i));
                if (p == 1) {
                    fromPhoto2.add(faceId);
                }
                if (p < 3) {
                    inFirstPhotos.add(faceId);
                }
                var temporary = client.get("/6/attributes/" + attributes.get(i).get("attribute_id").asString()).json();
                var stored = client.get("/6/faces/" + faceId + "/attributes").assertStatus(200).json().get("attributes");
                assertThat(stored.get("face_descriptor").get("descriptor").asString()).isEqualTo(temporary.get("face_descriptor").asString());
                assertThat(stored.get("face_descriptor").get("descriptor_version").asInt()).isEqualTo(4242);
                assertThat(stored.get("face_descriptor_samples").toString()).isEqualTo("[\"" + samples.get(i) + "\"]");
                assertThat(stored.get("basic_attributes").isNull()).isTrue();
            }
        }

        assertThat(enrolled.size()).as("faces in the six photos").isGreaterThanOrEqualTo(6);
        assertThat(faceIds(client, "list_id=" + everyone)).containsExactlyInAnyOrderElementsOf(enrolled.keySet());
        assertThat(faceIds(client, "list_id=" + firstPhotos)).containsExactlyInAnyOrderElementsOf(inFirstPhotos);
        assertThat(client.get("/6/faces/attributes/count").json().get("faces_count").asInt()).isEqualTo(enrolled.size());
        var someFace = enrolled.keySet().iterator().next();
        var face = client.get("/6/faces/" + someFace).assertStatus(200).json();
        assertThat(face.get("account_id").asString()).isEqualTo(account.id());
        assertThat(face.get("external_id").asString()).isEqualTo("photo-1");
        assertThat(face.get("user_data").asString()).isEqualTo("sample1 face 0");
        assertThat(ids(face.get("lists"))).containsExactlyInAnyOrder(everyone, firstPhotos);
        assertThat(client.get("/6/faces/" + someFace + "/attributes/samples").json().toString())
                .isEqualTo("{\"samples\":[\"" + enrolled.get(someFace) + "\"]}");
        var raw = client.get("/6/faces/" + someFace + "/attributes").json().get("attributes").get("face_descriptor").get("descriptor").asString();
        var sdk = client.get("/6/faces/" + someFace + "/attributes?descriptor_format=sdk").json().get("attributes").get("face_descriptor")
                .get("descriptor").asString();
        assertThat(RawDescriptor.encodeBase64(SdkDescriptor.parseBase64(sdk))).isEqualTo(raw);
        assertThat(faceIds(client, "external_ids=photo-2")).containsExactlyInAnyOrderElementsOf(fromPhoto2);
    }

    private static List<String> ids(JsonNode items, String outer, String field) {
        var ids = new ArrayList<String>();
        items.forEach(item -> ids.add(item.get(outer).get(field).asString()));
        return ids;
    }

    private static List<String> ids(JsonNode array) {
        var ids = new ArrayList<String>();
        array.forEach(item -> ids.add(item.asString()));
        return ids;
    }

    @Test
    void aFacePostedWithoutABodyHasTheSeedsDefaultsAndNoAttribute(Api api) {
        var client = api.newAccount("user").withToken();

        var created = client.send("POST", "/6/faces", null, java.net.http.HttpRequest.BodyPublishers.noBody()).assertStatus(201);

        var faceId = created.text("face_id");
        assertThat(created.text("url")).isEqualTo("/6/faces/" + faceId);
        var face = client.get("/6/faces/" + faceId).assertStatus(200).json();
        assertThat(face.propertyNames()).containsExactly("face_id", "account_id", "event_id", "user_data", "create_time", "external_id",
                "avatar", "lists");
        assertThat(face.get("event_id").isNull()).isTrue();
        assertThat(face.get("user_data").asString()).isEmpty();
        assertThat(face.get("external_id").asString()).isEmpty();
        assertThat(face.get("avatar").asString()).isEmpty();
        assertThat(face.get("lists").size()).isZero();
        assertThat(Instant.parse(face.get("create_time").asString())).isBetween(Instant.now().minusSeconds(60), Instant.now());
        client.head("/6/faces/" + faceId).assertStatus(200);
        client.get("/6/faces/" + faceId + "/attributes").assertError(ErrorCode.FACE_ATTRIBUTE_NOT_FOUND);
        client.get("/6/faces/" + faceId + "/attributes/samples").assertError(ErrorCode.FACE_ATTRIBUTE_NOT_FOUND);
        client.delete("/6/faces/" + faceId + "/attributes").assertError(ErrorCode.FACE_ATTRIBUTE_NOT_FOUND);
        assertThat(client.get("/6/faces/attributes/count").json().get("faces_count").asInt()).isZero();
    }

    @Test
    void aFaceAttributeIsGivenInTheBodyReplacedFromATemporaryOneAndRemoved(Api api) {
        var client = api.newAccount("user").withToken();
        var faceId = createFace(client, Map.of("attribute", givenAttribute(), "avatar", "/6/samples/faces/" + SAMPLE_A,
                "event_id", SAMPLE_B, "external_id", "x".repeat(36), "user_data", "u".repeat(128)));

        var attributes = client.get("/6/faces/" + faceId + "/attributes").assertStatus(200).json().get("attributes");
        assertThat(attributes.propertyNames()).containsExactly("create_time", "basic_attributes", "face_descriptor",
                "basic_attributes_samples", "face_descriptor_samples");
        assertThat(attributes.get("basic_attributes").toString()).isEqualTo("{\"age\":31,\"gender\":1,\"ethnicity\":2}");
        assertThat(attributes.get("face_descriptor").get("descriptor").asString()).isEqualTo(RawDescriptor.encodeBase64(AttributesTest.descriptor(7)));
        assertThat(attributes.get("basic_attributes_samples").toString()).isEqualTo("[\"" + SAMPLE_A + "\",\"" + SAMPLE_B + "\"]");
        var narrowed = client.get("/6/faces/" + faceId + "/attributes?targets=basic_attributes,create_time&descriptor_version=4242")
                .assertStatus(200).json().get("attributes");
        assertThat(narrowed.propertyNames()).containsExactly("create_time", "basic_attributes");
        assertThat(client.get("/6/faces/" + faceId + "/attributes/samples").json().toString())
                .isEqualTo("{\"samples\":[\"" + SAMPLE_A + "\",\"" + SAMPLE_B + "\"]}");
        assertThat(client.get("/6/faces/" + faceId).json().get("avatar").asString()).isEqualTo("/6/samples/faces/" + SAMPLE_A);

        var temporary = client.postJson("/6/attributes", Map.of("basic_attributes", Map.of("age", 60, "gender", 0, "ethnicity", 1),
                "basic_attributes_samples", List.of(SAMPLE_B))).assertStatus(201).text("attribute_id");
        client.putJson("/6/faces/" + faceId + "/attributes", Map.of("attribute_id", temporary)).assertStatus(204);

        var replaced = client.get("/6/faces/" + faceId + "/attributes").json().get("attributes");
        assertThat(replaced.get("face_descriptor").isNull()).isTrue();
        assertThat(replaced.get("face_descriptor_samples").size()).isZero();
        assertThat(replaced.get("basic_attributes").toString()).isEqualTo("{\"age\":60,\"gender\":0,\"ethnicity\":1}");
        assertThat(client.get("/6/faces/attributes/count").json().get("faces_count").asInt()).isEqualTo(1);

        client.putJson("/6/faces/" + faceId + "/attributes", givenAttribute()).assertStatus(204);
        assertThat(client.get("/6/faces/" + faceId + "/attributes").json().get("attributes").get("face_descriptor").isObject()).isTrue();
        client.delete("/6/faces/" + faceId + "/attributes").assertStatus(204);

        client.get("/6/faces/" + faceId + "/attributes").assertError(ErrorCode.FACE_ATTRIBUTE_NOT_FOUND);
        client.get("/6/faces/" + faceId).assertStatus(200);
        assertThat(client.get("/6/faces/attributes/count").json().get("faces_count").asInt()).isZero();
    }

    @Test
    void aMsgpackBodyMakesTheSameFaceAsJsonWithTheDescriptorAsBytes(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        var descriptor = AttributesTest.descriptor(11);
        var body = Map.of("user_data", "packed", "attribute",
                Map.of("face_descriptors", List.of(Map.of("descriptor", RawDescriptor.encode(descriptor), "version", 4242))));

        var faceId = client.post("/6/faces", "application/msgpack", new MessagePackMapper().writeValueAsBytes(body)).assertStatus(201).text("face_id");

        assertThat(client.get("/6/faces/" + faceId).json().get("user_data").asString()).isEqualTo("packed");
        assertThat(client.get("/6/faces/" + faceId + "/attributes").json().get("attributes").get("face_descriptor").get("descriptor").asString())
                .isEqualTo(Base64.getEncoder().encodeToString(RawDescriptor.encode(descriptor)));
        client.post("/6/faces", "application/msgpack", new byte[] {(byte) 0xc1}).assertError(ErrorCode.BAD_MSGPACK);
    }

    @Test
    void facesAreFilteredPagedAndCountedByEveryFilterTheSeedNames(Api api) throws InterruptedException {
        var account = api.newAccount("user");
        var client = account.withToken();
        var l1 = ListsTest.createList(client, "l1");
        var l2 = ListsTest.createList(client, "l2");
        var e1 = UUID.randomUUID().toString();
        var e2 = UUID.randomUUID().toString();
        var bodies = List.<Map<String, Object>>of(
                Map.of("user_data", "alpha one", "external_id", "ext-a", "event_id", e1, "lists", List.of(l1)),
                Map.of("user_data", "beta one", "external_id", "ext-b", "lists", List.of(l1, l2)),
                Map.of("user_data", "alpha two", "external_id", "ext-a", "event_id", e2),
                Map.of("user_data", "gamma", "lists", List.of(l2)),
                Map.of("user_data", "alpha three", "event_id", e1),
                Map.of());
        var f = new ArrayList<String>();
        for (var body : bodies) {
            f.add(createFace(client, body));
            Thread.sleep(3); // create times are kept to the millisecond: distinct times make the newest-first order checkable
        }
        var all = client.get("/6/faces?page_size=100").assertStatus(200).json().get("faces");
        var times = new ArrayList<String>();
        all.forEach(face -> times.add(0, face.get("create_time").asString()));

        assertThat(ids(all, "face_id")).as("newest first").containsExactlyElementsOf(f.reversed());
        assertThat(client.get("/6/faces").json().get("faces").size()).as("10 by default").isEqualTo(6);
        assertThat(ids(client.get("/6/faces?page=2&page_size=2").json().get("faces"), "face_id")).containsExactly(f.get(3), f.get(2));
        assertThat(client.get("/6/faces?page=4&page_size=2").json().get("faces").size()).isZero();
        assertThat(faceIds(client, "face_ids=" + f.get(0) + "," + f.get(2) + "," + f.get(5))).containsExactly(f.get(5), f.get(2), f.get(0));
        assertThat(faceIds(client, "external_ids=ext-a")).containsExactly(f.get(2), f.get(0));
        assertThat(faceIds(client, "external_ids=ext-a,ext-b")).containsExactly(f.get(2), f.get(1), f.get(0));
        assertThat(faceIds(client, "user_data=alpha")).containsExactly(f.get(4), f.get(2), f.get(0));
        assertThat(faceIds(client, "user_data=one")).containsExactly(f.get(1), f.get(0));
        assertThat(faceIds(client, "event_id=" + e1)).containsExactly(f.get(4), f.get(0));
        assertThat(faceIds(client, "list_id=" + l1)).containsExactly(f.get(1), f.get(0));
        assertThat(faceIds(client, "list_id=" + l2 + "&user_data=gamma")).containsExactly(f.get(3));
        assertThat(faceIds(client, "external_ids=ext-a&event_id=" + e1)).containsExactly(f.get(0));
        assertThat(faceIds(client, "create_time__gte=" + times.get(1) + "&create_time__lt=" + times.get(4))).containsExactly(f.get(3), f.get(2), f.get(1));
        assertThat(faceIds(client, "list_id=" + l1 + "&create_time__gte=" + times.get(1))).containsExactly(f.get(1));
        assertThat(faceIds(client, "event_id=" + e1 + "&create_time__lt=" + times.get(4))).containsExactly(f.get(0));

        // bounds on face_id sort by id, highest first; the lower bound is included, the upper one is not
        var byId = f.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertThat(faceIds(client, "face_id__gte=" + byId.get(4) + "&face_id__lt=" + byId.get(0))).containsExactlyElementsOf(byId.subList(1, 5));
        assertThat(faceIds(client, "face_id__gte=" + byId.get(5))).containsExactlyElementsOf(byId);
        assertThat(faceIds(client, "face_id__lt=" + byId.get(3))).containsExactlyElementsOf(byId.subList(4, 6));
        var inL1ById = List.of(f.get(0), f.get(1)).stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertThat(faceIds(client, "list_id=" + l1 + "&face_id__gte=" + byId.get(5))).containsExactlyElementsOf(inL1ById);
        assertThat(faceIds(client, "face_id__gte=" + byId.get(0) + "&face_id__lt=" + byId.get(5))).isEmpty();

        var narrowed = client.get("/6/faces?targets=face_id,lists&list_id=" + l2).json().get("faces");
        narrowed.forEach(face -> assertThat(face.propertyNames()).containsExactly("face_id", "lists"));
        assertThat(client.get("/6/faces/" + f.get(1) + "?targets=user_data").json().propertyNames()).containsExactly("user_data");

        assertThat(client.get("/6/faces/count").json().get("faces_count").asInt()).isEqualTo(6);
        assertThat(client.get("/6/faces/count?user_data=alpha&event_id=" + e1).json().get("faces_count").asInt()).isEqualTo(2);
        assertThat(client.get("/6/faces/count?list_id=" + l2).json().get("faces_count").asInt()).isEqualTo(2);
        assertThat(client.get("/6/faces/count?face_id__lt=" + byId.get(3)).json().get("faces_count").asInt()).isEqualTo(2);
        assertThat(client.get("/6/faces/count?account_id=" + account.id()).json().get("faces_count").asInt()).isEqualTo(6);
        assertThat(client.get("/6/faces/count?account_id=" + UUID.randomUUID()).json().get("faces_count").asInt()).isZero();
        assertThat(faceIds(client, "account_id=" + UUID.randomUUID())).isEmpty();
        assertThat(client.get("/6/faces/attributes/count?account_id=" + UUID.randomUUID()).json().get("faces_count").asInt()).isZero();
    }

    @Test
    void patchingAFaceChangesOnlyTheFieldsGivenAndTheLookupsThatUseThem(Api api) {
        var client = api.newAccount("user").withToken();
        var event = UUID.randomUUID().toString();
        var faceId = createFace(client, Map.of("user_data", "before", "external_id", "old-ext", "event_id", event, "avatar", "a.jpg"));

        client.patchJson("/6/faces/" + faceId, Map.of("external_id", "new-ext", "user_data", "after")).assertStatus(204);

        var face = client.get("/6/faces/" + faceId).json();
        assertThat(face.get("user_data").asString()).isEqualTo("after");
        assertThat(face.get("external_id").asString()).isEqualTo("new-ext");
        assertThat(face.get("event_id").asString()).isEqualTo(event);
        assertThat(face.get("avatar").asString()).isEqualTo("a.jpg");
        assertThat(faceIds(client, "external_ids=old-ext")).isEmpty();
        assertThat(faceIds(client, "external_ids=new-ext")).containsExactly(faceId);

        var nullEvent = new LinkedHashMap<String, Object>();
        nullEvent.put("event_id", null);
        nullEvent.put("avatar", "");
        client.patchJson("/6/faces/" + faceId, nullEvent).assertStatus(204);
        face = client.get("/6/faces/" + faceId).json();
        assertThat(face.get("event_id").isNull()).isTrue();
        assertThat(face.get("avatar").asString()).isEmpty();
        assertThat(faceIds(client, "event_id=" + event)).isEmpty();
        client.patchJson("/6/faces/" + faceId, Map.of("event_id", event, "external_id", "")).assertStatus(204);
        assertThat(faceIds(client, "event_id=" + event)).containsExactly(faceId);
        assertThat(faceIds(client, "external_ids=new-ext")).isEmpty();
    }

    @Test
    void deletingAFaceRemovesItFromEveryListThatHeldIt(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var first = ListsTest.createList(client, "first");
        var second = ListsTest.createList(client, "second");
        var faceId = createFace(client, Map.of("attribute", givenAttribute(), "lists", List.of(first, second)));
        var other = createFace(client, Map.of("lists", List.of(second)));

        client.delete("/6/faces/" + faceId).assertStatus(204);

        client.get("/6/faces/" + faceId).assertError(ErrorCode.FACE_NOT_FOUND);
        client.head("/6/faces/" + faceId).assertStatus(404);
        client.get("/6/faces/" + faceId + "/attributes").assertError(ErrorCode.FACE_NOT_FOUND);
        client.delete("/6/faces/" + faceId).assertError(ErrorCode.FACE_NOT_FOUND);
        assertThat(faceIds(client, "list_id=" + first)).isEmpty();
        assertThat(faceIds(client, "list_id=" + second)).containsExactly(other);
        client.get("/6/lists/" + first).assertStatus(200);
        try (var stored = new StoredFaces(stack)) {
            assertThat(stored.members(first)).isZero();
            assertThat(stored.members(second)).isEqualTo(1);
            assertThat(stored.faces(account.id())).isEqualTo(1);
        }
    }

    @Test
    void severalFacesAreDeletedTogetherOrNotAtAllUnlessMissingOnesAreIgnored(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var listId = ListsTest.createList(client, "l");
        var a = createFace(client, Map.of("lists", List.of(listId)));
        var b = createFace(client, Map.of());
        var unknown = UUID.randomUUID().toString();

        var detail = client.deleteJson("/6/faces", Map.of("face_ids", List.of(a, unknown))).assertError(ErrorCode.FACE_NOT_FOUND).text("detail");
        assertThat(detail).isEqualTo("Face with id '" + unknown + "' not found");
        client.get("/6/faces/" + a).assertStatus(200);

        client.deleteJson("/6/faces?ignore=1", Map.of("face_ids", List.of(a, unknown))).assertStatus(204);
        client.get("/6/faces/" + a).assertError(ErrorCode.FACE_NOT_FOUND);
        client.deleteJson("/6/faces", Map.of("face_ids", List.of(b))).assertStatus(204);
        try (var stored = new StoredFaces(stack)) {
            assertThat(stored.faces(account.id())).isZero();
            assertThat(stored.members(listId)).isZero();
        }
    }

    @Test
    void aFaceInMoreListsThanOneTransactionHoldsJoinsAndLeavesThemAll(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var lists = new ArrayList<String>();
        // a transaction takes 49 lists a new face joins, and 99 a deleted face leaves
        for (int i = 0; i < 101; i++) {
            lists.add(ListsTest.createList(client, "list " + i));
        }

        var faceId = createFace(client, Map.of("lists", lists));

        assertThat(ids(client.get("/6/faces/" + faceId).json().get("lists"))).containsExactlyInAnyOrderElementsOf(lists);
        try (var stored = new StoredFaces(stack)) {
            assertThat(lists).allSatisfy(listId -> assertThat(stored.members(listId)).isEqualTo(1));
            client.delete("/6/faces/" + faceId).assertStatus(204);
            assertThat(lists).allSatisfy(listId -> assertThat(stored.members(listId)).isZero());
            assertThat(stored.faces(account.id())).isZero();
        }
    }

    @Test
    void theFacesAndListItemsStreamTheirOldAndNewImagesForTheMatcher(Api api, RunningStack.Started stack) {
        var client = api.newAccount("user").withToken();
        var listId = ListsTest.createList(client, "streamed");
        var faceId = createFace(client, Map.of("attribute", givenAttribute(), "lists", List.of(listId)));
        client.delete("/6/faces/" + faceId).assertStatus(204);

        try (var stored = new StoredFaces(stack); var streams = stored.streams()) {
            for (var table : List.of(StoredFaces.FACES, StoredFaces.LIST_FACES)) {
                var spec = stored.describe(table).streamSpecification();
                assertThat(spec.streamEnabled()).isTrue();
                assertThat(spec.streamViewTypeAsString()).isEqualTo("NEW_AND_OLD_IMAGES");
            }
            var faceEvents = StreamRecords.of(streams, stored.describe(StoredFaces.FACES).latestStreamArn(), "face_id", faceId);
            assertThat(faceEvents).extracting(r -> r.eventNameAsString()).containsExactly("INSERT", "REMOVE");
            assertThat(faceEvents.get(0).dynamodb().newImage().get("face_descriptor").b().asByteArray())
                    .isEqualTo(SdkDescriptor.encode(AttributesTest.descriptor(7)));
            assertThat(faceEvents.get(1).dynamodb().oldImage()).containsKey("face_descriptor");
            var memberEvents = StreamRecords.of(streams, stored.describe(StoredFaces.LIST_FACES).latestStreamArn(), "face_id", faceId);
            assertThat(memberEvents).extracting(r -> r.eventNameAsString()).containsExactly("INSERT", "REMOVE");
            assertThat(memberEvents.get(0).dynamodb().newImage().get("list_id").s()).isEqualTo(listId);
        }
    }
}
