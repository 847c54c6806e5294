package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.DetectorTest.photo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.ImageBatch;
import org.openluna.shared.blobs.PngFiles;
import tools.jackson.databind.JsonNode;

/** {@code POST /6/detector} with several images in one request, as multipart/form-data and as JSON. */
@ExtendWith(RunningStack.class)
class DetectorBodiesTest {

    static byte[] corrupt(byte[] photo) {
        var broken = Arrays.copyOf(photo, 4000);
        Arrays.fill(broken, 200, broken.length, (byte) 0x55);
        return broken;
    }

    @Test
    void eachPartOfAMultipartBodyIsAnImageWithItsFilenameAndItsOwnFaces(Api api) {
        var account = api.newAccount("user");
        var form = new MultipartForm()
                .image("sample1.jpg", "image/jpeg", photo(Asset.PHOTO_1))
                .image("kitten.jpg", "image/jpeg", photo(Asset.KITTEN))
                .image("webcam.png", "image/png", photo(Asset.WEBCAM_SCREENSHOT))
                .image("sample5.jpg", null, photo(Asset.PHOTO_5));

        var images = account.api().postForm("/6/detector", form).assertStatus(201).json().get("images");

        assertThat(filenames(images)).containsExactly("sample1.jpg", "kitten.jpg", "webcam.png", "sample5.jpg");
        assertThat(faceCounts(images)).containsExactly(3, 0, 1, 5);
        for (var image : images) {
            assertThat(image.get("status").asInt()).isEqualTo(1);
        }
        var url = images.get(2).get("detections").get("samples").get(0).get("face").get("url").asString();
        account.api().get(url).assertStatus(200);
    }

    @Test
    void jsonImagesAreBase64WithTheirFilenames(Api api) {
        var account = api.newAccount("user");
        var body = Map.of("images", List.of(
                Map.of("image", Base64.getEncoder().encodeToString(photo(Asset.PHOTO_3)), "filename", "three.jpg", "mimetype", "image/jpeg"),
                Map.of("image", Base64.getMimeEncoder().encodeToString(photo(Asset.LANDSCAPE)))));

        var images = account.api().postJson("/6/detector", body).assertStatus(201).json().get("images");

        assertThat(images.get(0).get("filename").asString()).isEqualTo("three.jpg");
        assertThat(images.get(1).get("filename").isNull()).isTrue();
        assertThat(faceCounts(images)).containsExactly(3, 0);
    }

    @Test
    void oneBadImageFailsAloneAndTheGoodOnesAreDetectedAndStored(Api api) {
        var account = api.newAccount("user");
        var form = new MultipartForm()
                .image("corrupt.jpg", "image/jpeg", corrupt(photo(Asset.PHOTO_1)))
                .image("good.jpg", "image/jpeg", photo(Asset.PHOTO_3))
                .image("empty.jpg", "image/jpeg", new byte[0])
                .image("tiny.png", "image/png", TestImages.encode("png", 1, 1))
                .image("huge.png", "image/png", PngFiles.header(10_000, 10_000))
                .image("jpeg-said-png.png", "image/png", photo(Asset.PHOTO_2))
                .image("notes.txt", "text/plain", photo(Asset.PHOTO_2))
                .image("bad.b64", "image/x-jpeg-base64", "%%% not base64 %%%".getBytes())
                .image("also-good.b64", "image/x-jpeg-base64", Base64.getEncoder().encode(photo(Asset.PHOTO_1)));

        var images = account.api().postForm("/6/detector", form).assertStatus(201).json().get("images");

        assertThat(filenames(images)).containsExactly("corrupt.jpg", "good.jpg", "empty.jpg", "tiny.png", "huge.png",
                "jpeg-said-png.png", "notes.txt", "bad.b64", "also-good.b64");
        assertImageError(images.get(0), ErrorCode.IMAGE_DECODING_FAILED);
        assertThat(images.get(1).get("detections").get("samples").size()).isEqualTo(3);
        assertImageError(images.get(2), ErrorCode.EMPTY_BODY);
        assertImageError(images.get(3), ErrorCode.IMAGE_TOO_SMALL);
        assertImageError(images.get(4), ErrorCode.IMAGE_TOO_LARGE);
        assertImageError(images.get(5), ErrorCode.BAD_IMAGE);
        assertThat(images.get(5).get("error").get("detail").asString()).contains("image/png");
        assertImageError(images.get(6), ErrorCode.BAD_CONTENT_TYPE);
        assertImageError(images.get(7), ErrorCode.BAD_BASE64_IMAGE);
        assertThat(images.get(8).get("detections").get("samples").size()).isEqualTo(3);
        for (var good : List.of(images.get(1), images.get(8))) {
            assertThat(good.get("status").asInt()).isEqualTo(1);
            for (var sample : good.get("detections").get("samples")) {
                account.api().get(sample.get("face").get("url").asString()).assertStatus(200);
            }
        }
    }

    @Test
    void aBadJsonImageFailsAloneToo(Api api) {
        var account = api.newAccount("user");
        var body = Map.of("images", List.of(
                Map.of("image", "not base64 at all!", "filename", "bad"),
                Map.of("image", Base64.getEncoder().encodeToString(photo(Asset.PHOTO_2)), "filename", "png", "mimetype", "image/png"),
                Map.of("image", Base64.getEncoder().encodeToString(photo(Asset.PHOTO_2)), "filename", "good")));

        var images = account.api().postJson("/6/detector", body).assertStatus(201).json().get("images");

        assertImageError(images.get(0), ErrorCode.BAD_BASE64_IMAGE);
        assertImageError(images.get(1), ErrorCode.BAD_IMAGE);
        assertThat(images.get(2).get("detections").get("samples").size()).isEqualTo(3);
    }

    @Test
    void aBodyThatIsNoImageListFailsTheWholeRequest(Api api) {
        var account = api.newAccount("user");
        var tooMany = new MultipartForm();
        for (int i = 0; i <= ImageBatch.MAX_IMAGES; i++) {
            tooMany.image(i + ".jpg", "image/jpeg", TestImages.jpeg());
        }
        account.api().postForm("/6/detector", tooMany).assertError(ErrorCode.TOO_MANY_IMAGES);
        account.api().post("/6/detector", "multipart/form-data; boundary=nowhere", "no parts".getBytes()).assertError(ErrorCode.BAD_MULTIPART);
        account.api().post("/6/detector", "application/json", "{\"images\": [{}]}".getBytes()).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        account.api().post("/6/detector", "application/json", "{\"images\":".getBytes()).assertError(ErrorCode.BAD_JSON);
    }

    static void assertImageError(JsonNode image, ErrorCode error) {
        assertThat(image.get("status").asInt()).as(image.toString()).isZero();
        assertThat(image.get("error").get("error_code").asInt()).as(image.toString()).isEqualTo(error.code());
        assertThat(image.get("error").get("desc").asString()).isEqualTo(error.desc());
    }

    private static List<String> filenames(JsonNode images) {
        var names = new ArrayList<String>();
        images.forEach(i -> names.add(i.get("filename").asString()));
        return names;
    }

    private static List<Integer> faceCounts(JsonNode images) {
        var counts = new ArrayList<Integer>();
        images.forEach(i -> counts.add(i.get("detections").get("samples").size()));
        return counts;
    }
}
