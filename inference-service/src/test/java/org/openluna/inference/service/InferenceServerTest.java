package org.openluna.inference.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.protocol.inference.DescribeRequest;
import org.openluna.protocol.inference.DetectRequest;
import org.openluna.protocol.inference.Estimation;
import org.openluna.protocol.inference.FaceEstimations;
import org.openluna.protocol.inference.InferenceClient;
import org.openluna.protocol.inference.PhotoInput;
import org.openluna.protocol.inference.RejectionReason;
import org.openluna.shared.descriptors.Similarity;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InferenceServerTest {
    private final AssetCache assets = AssetCache.fromEnvironment();
    private final HttpClient http = HttpClient.newHttpClient();
    private InferenceServer server;
    private InferenceClient client;

    @BeforeAll
    void startTheService() {
        server = InferenceServer.start(assets, InferenceSettings.defaults(0));
        client = new InferenceClient(http, URI.create("http://127.0.0.1:" + server.port()), Duration.ofSeconds(30));
    }

    @AfterAll
    void stopTheService() {
        server.close();
    }

    private PhotoInput photo(Asset asset) throws Exception {
        return new PhotoInput(Files.readAllBytes(assets.path(asset)), "image/jpeg");
    }

    @Test
    void aBadPhotoFailsAloneAndTheOthersAreSearched() throws Exception {
        var request = new DetectRequest(List.of(photo(Asset.PHOTO_1), new PhotoInput(new byte[] {1, 2, 3}, null), photo(Asset.KITTEN)),
                50, false, true, true, Set.of());
        var response = client.detect(request);
        assertThat(response.photos()).hasSize(3);
        assertThat(response.photos().get(0).faces()).hasSize(3);
        assertThat(response.photos().get(0).faces()).allSatisfy(face -> {
            assertThat(face.descriptor()).hasSize(512);
            assertThat(face.sample()).isNotEmpty();
            assertThat(face.landmarks5()).hasSize(10);
        });
        assertThat(response.photos().get(1).rejection().reason()).isEqualTo(RejectionReason.UNSUPPORTED_FORMAT);
        assertThat(response.photos().get(2).faces()).isEmpty();
    }

    @Test
    void aSampleCutByTheServiceDescribesTheSameFaceAgain() throws Exception {
        var face = client.detect(new DetectRequest(List.of(photo(Asset.PHOTO_3)), 50, false, true, true, Set.of()))
                .photos().getFirst().faces().getFirst();
        var again = client.describe(new DescribeRequest(List.of(new PhotoInput(face.sample(), "image/jpeg")), true, Set.of()))
                .samples().getFirst();
        assertThat(Similarity.of(face.descriptor(), again.descriptor())).isGreaterThan(0.95);
    }

    @Test
    void everyEstimationAskedForIsAnsweredForEveryFaceAndNothingElse() throws Exception {
        var all = EnumSet.allOf(Estimation.class);
        var asked = client.detect(new DetectRequest(List.of(photo(Asset.PHOTO_3)), 50, false, false, true, all)).photos().getFirst();
        assertThat(asked.faces()).hasSize(3).allSatisfy(face -> {
            var e = face.estimations();
            assertThat(e.age()).isBetween(15f, 70f);
            assertThat(e.gender()).isBetween(0f, 0.5f);
            assertThat(e.headPose().yaw()).isBetween(-45f, 45f);
            assertThat(e.emotions().happiness() + e.emotions().neutral() + e.emotions().anger() + e.emotions().disgust()
                    + e.emotions().fear() + e.emotions().sadness() + e.emotions().surprise()).isCloseTo(1f, within(1e-3f));
            assertThat(e.liveness().score()).isBetween(0f, 1f);
            assertThat(e.eyes().left().open()).isGreaterThan(0.5f);
            assertThat(e.eyes().right().open()).isGreaterThan(0.5f);
            assertThat(e.quality().blurriness()).isBetween(0f, 1f);
            assertThat(face.landmarks68()).hasSize(136);
        });
        var none = client.detect(new DetectRequest(List.of(photo(Asset.PHOTO_3)), 50, false, false, true, Set.of())).photos().getFirst();
        assertThat(none.faces()).allSatisfy(face -> {
            assertThat(face.estimations()).isEqualTo(FaceEstimations.none());
            assertThat(face.landmarks68()).isNull();
        });
    }

    @Test
    void aStoredSampleIsGivenTheAgeAndGenderOfTheFaceInItsPhoto() throws Exception {
        var ageAndGender = EnumSet.of(Estimation.AGE, Estimation.GENDER);
        var faces = client.detect(new DetectRequest(List.of(photo(Asset.PHOTO_1)), 50, false, false, true, ageAndGender))
                .photos().getFirst().faces();
        var samples = faces.stream().map(face -> new PhotoInput(face.sample(), "image/jpeg")).toList();
        var described = client.describe(new DescribeRequest(samples, false, ageAndGender)).samples();
        int compared = 0;
        for (int i = 0; i < faces.size(); i++) {
            var inPhoto = faces.get(i).estimations();
            var inSample = described.get(i).estimations();
            assertThat(described.get(i).descriptor()).isNull();
            assertThat(inSample.gender() > 0.5f).isEqualTo(inPhoto.gender() > 0.5f);
            // the age model reads a face much tilted in its photo otherwise than the same face upright in
            // its sample: the rightmost woman of sample1, her head tilted 44 degrees, reads 36 in the photo
            // and 23 in the sample (README, known limits); the other two (4 and 29 degrees) are compared
            var eyes = faces.get(i).landmarks5();
            if (Math.abs(Math.toDegrees(Math.atan2(eyes[3] - eyes[1], eyes[2] - eyes[0]))) > 35) {
                continue;
            }
            compared++;
            assertThat(inSample.age()).isCloseTo(inPhoto.age(), within(10f));
        }
        assertThat(compared).isEqualTo(2);
    }

    @Test
    void jsonIsAnsweredInJsonForAPerson() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/1/capabilities"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"descriptor_version\":4242").contains("onnxruntime-cpu");
    }
}
