package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.localstack.PeopleVideos.Person;
import org.openluna.shared.api.ErrorCode;
import org.openluna.streams.video.VideoFileServer;
import tools.jackson.databind.JsonNode;

/** {@code POST /6/videosdk}: a clip's people answered as tracks with their best shots, nothing stored; what it cannot run refused. */
@ExtendWith(RunningStack.class)
class VideoSdkTest {

    @Test
    void aClipOfTwoPeopleIsTwoTracksWithTheirBestShots(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        var dir = Files.createTempDirectory("luna-clip-");
        PeopleVideos.walkingPast(client, dir.resolve("two.mp4"), List.of(new Person(Asset.PHOTO_1, 0), new Person(Asset.PHOTO_1, 2)));
        try (var server = new VideoFileServer(dir)) {
            var answer = client.postJson("/6/videosdk", Map.of(
                    "video", Map.of("url", server.uri("two.mp4").toString(), "error_handling", Map.of("action", "fail")),
                    "analytics", List.of(Map.of("name", "face_events", "parameters", Map.of("rate", 5)))))
                    .assertStatus(200).json();

            var videoData = answer.get("video_data");
            assertThat(videoData.get("frames_count").asInt()).isEqualTo(PeopleVideos.frames(2));
            assertThat(videoData.get("frame_rate").asDouble()).isEqualTo(PeopleVideos.FPS);
            assertThat(videoData.get("error_count").asInt()).isZero();
            var tracks = new ArrayList<JsonNode>();
            answer.get("analytics").get(0).get("result").get("faces").get("tracks").forEach(tracks::add);
            assertThat(tracks).as("one track per person").hasSize(2);
            assertThat(tracks.get(0).get("video_segment").get("end_time_offset").asDouble())
                    .as("the first walked out before the second came").isLessThan(tracks.get(1).get("video_segment").get("start_time_offset").asDouble());
            for (var track : tracks) {
                var best = track.get("best_shot");
                assertThat(best.get("rect").get("width").asInt()).isGreaterThan(40);
                var sample = Base64.getDecoder().decode(best.get("image").asString());
                var described = client.post("/6/samples/faces", "image/jpeg", sample).assertStatus(201);
                assertThat(described.text("sample_id")).as("the best shot is a face sample").isNotEmpty();
            }
        }
        assertThat(client.get("/6/streams/count").assertStatus(200).json().get("streams_count").asInt()).as("nothing stored").isZero();
    }

    @Test
    void whatCannotRunIsRefused(Api api) throws Exception {
        var client = api.newAccount("user").withToken();
        client.postJson("/6/videosdk", Map.of("video", Map.of("url", "http://127.0.0.1:9/a.mp4"),
                "analytics", List.of(Map.of("name", "people_count")))).assertError(ErrorCode.FEATURE_UNAVAILABLE);
        client.postJson("/6/videosdk", Map.of("video", Map.of("orientation", Map.of("angle", 0)),
                "analytics", List.of(Map.of("name", "face_events")))).assertError(ErrorCode.JSON_VALIDATION_FAILED).assertDetailContains("video.url");
        client.postJson("/6/videosdk", Map.of("video", Map.of("url", "http://127.0.0.1:" + api.port() + "/6/version"),
                "analytics", List.of(Map.of("name", "face_events")))).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        try (var server = new VideoFileServer(Files.createTempDirectory("luna-clip-"))) {
            client.postJson("/6/videosdk", Map.of("video", Map.of("url", server.uri("missing.mp4").toString()),
                    "analytics", List.of(Map.of("name", "face_events")))).assertError(ErrorCode.SOURCE_UNREADABLE).assertDetailContains("404");
        }
        var noSdk = api.newAccount("user").withToken(Map.of("face", List.of("view")));
        noSdk.postJson("/6/videosdk", Map.of("video", Map.of("url", "http://127.0.0.1:9/a.mp4"),
                "analytics", List.of(Map.of("name", "face_events")))).assertError(ErrorCode.PERMISSION_DENIED);
    }
}
