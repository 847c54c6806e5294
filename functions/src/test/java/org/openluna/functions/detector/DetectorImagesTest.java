package org.openluna.functions.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.ImageBatch;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.RequestId;
import org.openluna.shared.blobs.PngFiles;

/** Reading the images of a detection request from each body form, without the models: what reaches the service, and what is refused where. */
class DetectorImagesTest {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
    private static final String BOUNDARY = "b0undary-7d2";

    @Test
    void aBodyUnderAnImageTypeIsOneUnnamedImageOfThatType() {
        var images = read("image/x-jpeg-base64", "/9j/4A==".getBytes(StandardCharsets.US_ASCII));

        assertThat(images).singleElement().satisfies(i -> {
            assertThat(i.filename()).isNull();
            assertThat(i.contentType()).isEqualTo("image/x-jpeg-base64");
            assertThat(i.isRefused()).isFalse();
        });
    }

    @Test
    void theFileOfABase64BodyIsItsDecodedBytesAndOfAnyOtherBodyTheBytesAsSent() {
        var wrapped = Base64.getMimeEncoder(4, "\r\n".getBytes(StandardCharsets.US_ASCII)).encode(JPEG);

        assertThat(Image.of(null, "image/x-jpeg-base64", wrapped).fileBytes()).isEqualTo(JPEG);
        assertThat(Image.of(null, "image/jpeg", JPEG).fileBytes()).isEqualTo(JPEG);
        assertThat(Image.of(null, null, JPEG).fileBytes()).isEqualTo(JPEG);
    }

    @Test
    void eachMultipartPartIsAnImageWithItsFilenameAndItsOwnType() {
        var body = new Form()
                .part("image", "one.jpg", "image/jpeg", JPEG)
                .part("image", "two.png", "image/png", JPEG)
                .part("other", "three", null, JPEG)
                .part("x", "four.bin", "application/octet-stream", JPEG)
                .part("x", "five.b64", "image/x-jpeg-base64", Base64.getEncoder().encode(JPEG))
                .bytes();

        var images = read("multipart/form-data; boundary=" + BOUNDARY, body);

        assertThat(images).extracting(Image::filename).containsExactly("one.jpg", "two.png", "three", "four.bin", "five.b64");
        assertThat(images).extracting(Image::contentType)
                .containsExactly("image/jpeg", "image/png", null, null, "image/x-jpeg-base64");
        assertThat(images.getFirst().bytes()).isEqualTo(JPEG);
        assertThat(images).noneMatch(Image::isRefused);
    }

    @Test
    void aMultipartPartOfAnotherTypeIsRefusedAloneAndAnEmptyPartGoesOnToItsOwnError() {
        var body = new Form().part("a", "notes.txt", "text/plain", "hello".getBytes()).part("b", "empty.jpg", "image/jpeg", new byte[0]).bytes();

        var images = read("multipart/form-data; boundary=" + BOUNDARY, body);

        assertThat(images.get(0).refusal().error()).isEqualTo(ErrorCode.BAD_CONTENT_TYPE);
        assertThat(images.get(1).isRefused()).isFalse();
        assertThat(images.get(1).bytes()).isEmpty();
    }

    @Test
    void aPartWithoutAFilenameKeepsItsBytesExactlyWithOrWithoutAType() {
        var binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }

        var images = read("multipart/form-data; boundary=" + BOUNDARY,
                new Form().part("image", null, "image/jpeg", binary).part("image", null, null, binary).bytes());

        assertThat(images).extracting(Image::filename).containsOnlyNulls();
        assertThat(images.get(0).bytes()).isEqualTo(binary);
        assertThat(images.get(1).bytes()).isEqualTo(binary);
    }

    @Test
    void aPartLargerThanSpringsInMemoryDefaultStaysWhole() {
        var large = new byte[3 * 1024 * 1024];
        large[large.length - 1] = 42;

        var images = read("multipart/form-data; boundary=" + BOUNDARY, new Form().part("a", "big.jpg", "image/jpeg", large).bytes());

        assertThat(images.getFirst().bytes()).isEqualTo(large);
    }

    @Test
    void aMultipartBodyThatCannotBeReadFailsTheRequest() {
        assertError(() -> read("multipart/form-data", new Form().part("a", "a.jpg", "image/jpeg", JPEG).bytes()), ErrorCode.BAD_MULTIPART);
        assertError(() -> read("multipart/form-data; boundary=" + BOUNDARY, "no parts here".getBytes()), ErrorCode.BAD_MULTIPART);
        assertError(() -> read("multipart/form-data; boundary=" + BOUNDARY, new byte[0]), ErrorCode.EMPTY_BODY);
    }

    @Test
    void jsonImagesAreDecodedWithTheirFilenamesAndMimetypes() {
        var body = Json.write(Map.of("images", List.of(
                Map.of("image", Base64.getMimeEncoder().encodeToString(JPEG), "filename", "a.jpg", "mimetype", "image/jpeg"),
                Map.of("image", Base64.getEncoder().encodeToString(JPEG)))));

        var images = read("application/json", body);

        assertThat(images).extracting(Image::filename).containsExactly("a.jpg", null);
        assertThat(images).extracting(Image::contentType).containsExactly("image/jpeg", null);
        assertThat(images.get(0).bytes()).isEqualTo(JPEG);
        assertThat(images.get(1).bytes()).isEqualTo(JPEG);
    }

    @Test
    void aJsonImageWithBadBase64OrANonImageMimetypeIsRefusedAlone() {
        var body = Json.write(Map.of("images", List.of(
                Map.of("image", "not base64!", "filename", "bad"),
                Map.of("image", Base64.getEncoder().encodeToString(JPEG), "mimetype", "text/plain"),
                Map.of("image", Base64.getEncoder().encodeToString(JPEG), "mimetype", "image/x-jpeg-base64"),
                Map.of("image", Base64.getEncoder().encodeToString(JPEG)))));

        var images = read("application/json", body);

        assertThat(images.get(0).refusal().error()).isEqualTo(ErrorCode.BAD_BASE64_IMAGE);
        assertThat(images.get(0).filename()).isEqualTo("bad");
        assertThat(images.get(1).refusal().error()).isEqualTo(ErrorCode.BAD_CONTENT_TYPE);
        assertThat(images.get(2).refusal().error()).isEqualTo(ErrorCode.BAD_CONTENT_TYPE);
        assertThat(images.get(3).isRefused()).isFalse();
    }

    @Test
    void aJsonBodyOfTheWrongShapeFailsTheRequest() {
        assertError(() -> read("application/json", "{\"images\": []}".getBytes()), ErrorCode.JSON_VALIDATION_FAILED);
        assertError(() -> read("application/json", "{\"pictures\": []}".getBytes()), ErrorCode.JSON_VALIDATION_FAILED);
        assertError(() -> read("application/json", "{\"images\": [{\"filename\": \"a\"}]}".getBytes()), ErrorCode.JSON_VALIDATION_FAILED);
        assertError(() -> read("application/json", "{\"images\": [".getBytes()), ErrorCode.BAD_JSON);
        assertError(() -> read("application/json", "{\"images\": [{\"image\": \"\", \"face_bounding_boxes\": []}]}".getBytes()),
                ErrorCode.FEATURE_UNAVAILABLE);
    }

    @Test
    void moreImagesThanTheLimitFailTheRequestAndTheLimitItselfPasses() {
        var atLimit = new Form();
        for (int i = 0; i < ImageBatch.MAX_IMAGES; i++) {
            atLimit.part("image", i + ".jpg", "image/jpeg", JPEG);
        }
        assertThat(read("multipart/form-data; boundary=" + BOUNDARY, atLimit.bytes())).hasSize(ImageBatch.MAX_IMAGES);

        var overLimit = atLimit.part("image", "one-more.jpg", "image/jpeg", JPEG).bytes();
        assertError(() -> read("multipart/form-data; boundary=" + BOUNDARY, overLimit), ErrorCode.TOO_MANY_IMAGES);
    }

    @Test
    void aBodyOfNoImageFormFailsTheRequest() {
        assertError(() -> read("text/plain", JPEG), ErrorCode.BAD_CONTENT_TYPE);
        assertError(() -> read(null, JPEG), ErrorCode.BAD_CONTENT_TYPE);
        assertError(() -> read("image/jpeg", new byte[0]), ErrorCode.EMPTY_BODY);
    }

    @Test
    void photosPastTheRequestsPixelBudgetAreRefusedEachAloneAndTheOthersGoOn() {
        // 10 files whose headers claim 40 MP each fill the budget; the 11th is refused, unread
        var form = new Form();
        for (int i = 0; i < 11; i++) {
            form.part("image", i + ".png", "image/png", PngFiles.header(8000, 5000));
        }
        form.part("image", "small.png", "image/png", PngFiles.header(640, 480));
        var images = read("multipart/form-data; boundary=" + BOUNDARY, form.bytes());
        assertThat(images).hasSize(12);
        assertThat(images.subList(0, 10)).allSatisfy(image -> assertThat(image.isRefused()).isFalse());
        assertThat(images.get(10).refusal().error()).isEqualTo(ErrorCode.IMAGE_TOO_LARGE);
        assertThat(images.get(10).refusal().detail()).contains("together");
        assertThat(images.get(11).isRefused()).as("a full budget takes not even a small photo more").isTrue();
    }

    private static List<Image> read(String contentType, byte[] body) {
        var headers = contentType == null ? Map.<String, List<String>>of() : Map.of("Content-Type", List.of(contentType));
        return DetectorImages.read(ApiRequest.of("POST", "/6/detector", Map.of(), headers, body, RequestId.generate(Clock.systemUTC())));
    }

    private static void assertError(Runnable call, ErrorCode error) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LunaException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    /** A multipart/form-data body written byte for byte, so that odd parts (no type, empty) can be made. */
    private static final class Form {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Form part(String name, String filename, String contentType, byte[] content) {
            var head = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"");
            if (filename != null) {
                head.append("; filename=\"").append(filename).append('"');
            }
            head.append("\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        byte[] bytes() {
            var copy = new ByteArrayOutputStream();
            copy.writeBytes(out.toByteArray());
            copy.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return copy.toByteArray();
        }
    }
}
