package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;

/** Images, face and body samples, and objects: stored per account, returned byte for byte. */
@ExtendWith(RunningStack.class)
class StoredBlobsTest {

    @ParameterizedTest
    @CsvSource({"jpeg,image/jpeg", "png,image/png", "bmp,image/bmp", "tiff,image/tiff"})
    void anImageComesBackByteForByteWithItsContentType(String format, String contentType, Api api) {
        var account = api.newAccount("user");
        var bytes = TestImages.encode(format, 64, 48);
        var created = account.api().post("/6/images", contentType, bytes).assertStatus(201);
        var imageId = created.text("image_id");
        assertThat(created.text("url")).isEqualTo("/6/images/" + imageId);
        var got = account.api().get("/6/images/" + imageId).assertStatus(200);
        assertThat(got.bytes()).isEqualTo(bytes);
        assertThat(got.header("Content-Type")).contains(contentType);
    }

    @Test
    void aPortablePixmapIsStoredToo(Api api) {
        var account = api.newAccount("user");
        var bytes = TestImages.ppm(8, 8);
        var imageId = account.api().post("/6/images", "image/x-portable-pixmap", bytes).assertStatus(201).text("image_id");
        assertThat(account.api().get("/6/images/" + imageId).bytes()).isEqualTo(bytes);
    }

    @Test
    void userMetadataAndLifetimeComeBackInHeaders(Api api) {
        var account = api.newAccount("user");
        var imageId = account.api().withHeader("X-Luna-Meta-Camera", "Door 3").withHeader("X-Luna-Meta-Floor", "2")
                .post("/6/images?ttl=30", "image/jpeg", TestImages.jpeg()).assertStatus(201).text("image_id");
        var plain = account.api().get("/6/images/" + imageId).assertStatus(200);
        assertThat(plain.header("X-Luna-Meta-Camera")).isEmpty();
        assertThat(plain.header("X-Luna-Expiry-Date")).isPresent();
        var withMeta = account.api().head("/6/images/" + imageId + "?with_meta=1").assertStatus(200);
        assertThat(withMeta.header("X-Luna-Meta-Camera")).contains("Door 3");
        assertThat(withMeta.header("X-Luna-Meta-Floor")).contains("2");
        var expiry = java.time.Instant.parse(withMeta.header("X-Luna-Expiry-Date").orElseThrow());
        assertThat(expiry).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(29)), java.time.Instant.now().plus(java.time.Duration.ofDays(31)));
        account.api().post("/6/images?ttl=8", "image/jpeg", TestImages.jpeg()).assertError(ErrorCode.BAD_QUERY_PARAMETER);
    }

    @Test
    void badImageUploadsAreRefusedAndStoreNothing(Api api) {
        var account = api.newAccount("user");
        account.api().post("/6/images", "application/json", "{}".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
        account.api().post("/6/images", "image/jpeg", new byte[0]).assertError(ErrorCode.EMPTY_BODY);
        account.api().post("/6/images", "image/png", TestImages.jpeg()).assertError(ErrorCode.BAD_IMAGE);
        account.api().post("/6/samples/faces", "text/plain", "hello".getBytes()).assertError(ErrorCode.BAD_CONTENT_TYPE);
    }

    @Test
    void anImageIsDeletedOnceAndThenNotFound(Api api) {
        var account = api.newAccount("user");
        var imageId = account.api().post("/6/images", "image/jpeg", TestImages.jpeg()).text("image_id");
        var head = account.api().head("/6/images/" + imageId).assertStatus(200);
        assertThat(head.header("Content-Length")).contains(Integer.toString(TestImages.jpeg().length));
        assertThat(head.bytes()).isEmpty();
        account.api().delete("/6/images/" + imageId).assertStatus(204);
        account.api().get("/6/images/" + imageId).assertError(ErrorCode.IMAGE_NOT_FOUND);
        account.api().head("/6/images/" + imageId).assertStatus(404);
        account.api().delete("/6/images/" + imageId).assertError(ErrorCode.IMAGE_NOT_FOUND);
        account.api().get("/6/images/not-a-uuid").assertError(ErrorCode.BAD_PATH_ID);
    }

    @Test
    void faceAndBodySamplesLiveApartAndTheOldRouteFindsBoth(Api api) {
        var account = api.newAccount("user");
        var face = account.api().post("/6/samples/faces", "image/jpeg", TestImages.jpeg()).assertStatus(201);
        var faceId = face.text("sample_id");
        assertThat(face.text("url")).isEqualTo("/6/samples/faces/" + faceId);
        var body = TestImages.encode("png", 32, 64);
        var bodyId = account.api().post("/6/samples/bodies", "image/png", body).assertStatus(201).text("sample_id");
        assertThat(account.api().get("/6/samples/faces/" + faceId).bytes()).isEqualTo(TestImages.jpeg());
        account.api().get("/6/samples/bodies/" + faceId).assertError(ErrorCode.SAMPLE_NOT_FOUND);
        assertThat(account.api().get("/6/samples/" + bodyId).assertStatus(200).bytes()).isEqualTo(body);
        account.api().head("/6/samples/" + faceId).assertStatus(200);
        account.api().delete("/6/samples/" + faceId).assertStatus(204);
        account.api().get("/6/samples/faces/" + faceId).assertError(ErrorCode.SAMPLE_NOT_FOUND);
        account.api().delete("/6/samples/bodies/" + bodyId).assertStatus(204);
        account.api().head("/6/samples/bodies/" + bodyId).assertStatus(404);
        account.api().post("/6/samples/hands", "image/jpeg", TestImages.jpeg()).assertError(ErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void anObjectKeepsAnyContentTypeAndItsBytes(Api api) {
        var account = api.newAccount("user");
        var created = account.api().post("/6/objects?ttl=-1", "application/vnd.example+json", "{\"a\": 1}".getBytes()).assertStatus(201);
        var objectId = created.text("object_id");
        assertThat(created.text("url")).isEqualTo("/6/objects/" + objectId);
        var got = account.api().get("/6/objects/" + objectId).assertStatus(200);
        assertThat(got.header("Content-Type")).contains("application/vnd.example+json");
        assertThat(new String(got.bytes())).isEqualTo("{\"a\": 1}");
        assertThat(got.header("X-Luna-Expiry-Date")).isEmpty();
        account.api().send("POST", "/6/objects", null, java.net.http.HttpRequest.BodyPublishers.ofByteArray("x".getBytes()))
                .assertError(ErrorCode.BAD_CONTENT_TYPE);
        account.api().delete("/6/objects/" + objectId).assertStatus(204);
        account.api().head("/6/objects/" + objectId).assertStatus(404);
        account.api().get("/6/objects/" + objectId).assertError(ErrorCode.OBJECT_NOT_FOUND);
    }

    @Test
    void anotherAccountCanNeitherSeeNorDeleteTheFirstAccountsBlobs(Api api) {
        var first = api.newAccount("user");
        var second = api.newAccount("user");
        var imageId = first.api().post("/6/images", "image/jpeg", TestImages.jpeg()).text("image_id");
        var sampleId = first.api().post("/6/samples/faces", "image/jpeg", TestImages.jpeg()).text("sample_id");
        var objectId = first.api().post("/6/objects", "text/plain", "secret".getBytes()).text("object_id");
        for (var path : List.of("/6/images/" + imageId, "/6/samples/faces/" + sampleId, "/6/samples/" + sampleId, "/6/objects/" + objectId)) {
            assertThat(second.api().get(path).status()).as(path).isEqualTo(404);
            assertThat(second.api().head(path).status()).as(path).isEqualTo(404);
            assertThat(second.api().delete(path).status()).as(path).isEqualTo(404);
            assertThat(first.api().get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aTokenLimitedToFaceSamplesCannotReadBodySamples(Api api) {
        var account = api.newAccount("user");
        var bodyId = account.api().post("/6/samples/bodies", "image/jpeg", TestImages.jpeg()).text("sample_id");
        var jwt = account.api().postJson("/6/tokens", Map.of("permissions", Map.of("face_sample", List.of("view", "creation")),
                "expiration_time", "2999-01-01T00:00:00Z")).text("token");
        api.bearer(jwt).get("/6/samples/bodies/" + bodyId).assertError(ErrorCode.PERMISSION_DENIED);
        api.bearer(jwt).get("/6/samples/" + bodyId).assertError(ErrorCode.SAMPLE_NOT_FOUND);
        api.bearer(jwt).post("/6/samples/faces", "image/jpeg", TestImages.jpeg()).assertStatus(201);
        api.bearer(jwt).get("/6/images/" + UUID.randomUUID()).assertError(ErrorCode.PERMISSION_DENIED);
    }
}
