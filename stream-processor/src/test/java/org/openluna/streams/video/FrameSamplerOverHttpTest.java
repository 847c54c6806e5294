package org.openluna.streams.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameSamplerOverHttpTest {

    private static final int FRAMES = 50;

    @TempDir
    static Path videos;
    private static VideoFileServer server;

    @BeforeAll
    static void serveATwoSecondVideo() {
        TestVideos.write(videos.resolve("moving.mp4"), 640, 360, 25, FRAMES, TestVideos.filled(4, 4, Color.DARK_GRAY),
                List.of(new Appearance(TestVideos.filled(60, 60, Color.YELLOW), 10, 40,
                        new Point(0, 0), new Point(500, 250), 1.5)));
        server = new VideoFileServer(videos);
    }

    // a new patch of noise on every frame, so that the file is too big for FFmpeg to read in one go at open
    private static Path noisyVideo() {
        var random = new Random(11);
        List<Appearance> patches = IntStream.range(0, FRAMES)
                .mapToObj(frame -> Appearance.still(noise(200, 200, random), frame, frame, new Point(200, 80), 1))
                .toList();
        return TestVideos.write(videos.resolve("noisy.mp4"), 640, 360, 25, FRAMES,
                TestVideos.filled(4, 4, Color.DARK_GRAY), patches);
    }

    private static BufferedImage noise(int width, int height, Random random) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        random.nextBytes(((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        return image;
    }

    @AfterAll
    static void stopServing() {
        server.close();
    }

    @Test
    void aVideoServedOverHttpDecodesToAsManyFramesAsTheFile() {
        List<SampledFrame> overHttp = FrameSamplerTest.readAll(VideoReference.of(server.uri("moving.mp4")),
                DecodingOptions.atRate(30));
        List<SampledFrame> fromFile = FrameSamplerTest.readAll(VideoReference.of(videos.resolve("moving.mp4")),
                DecodingOptions.atRate(30));

        assertThat(overHttp).hasSize(FRAMES);
        assertThat(overHttp).extracting(SampledFrame::timeSeconds)
                .containsExactlyElementsOf(fromFile.stream().map(SampledFrame::timeSeconds).toList());
    }

    @Test
    void aConnectionDroppedMidStreamIsAReadErrorNotTheEndOfTheVideo() throws IOException {
        Path video = noisyVideo();
        try (var server = new ConnectionDroppingServer(video, (int) (Files.size(video) * 2 / 3));
             FrameSampler sampler = FrameSampler.open(VideoReference.of(server.uri()), DecodingOptions.atRate(30))) {
            int framesBeforeTheDrop = 0;
            VideoException failure = null;
            try {
                while (sampler.next().isPresent()) {
                    framesBeforeTheDrop++;
                }
            } catch (VideoException e) {
                failure = e;
            }

            assertThat(framesBeforeTheDrop).isBetween(1, FRAMES - 1);
            assertThat(failure).hasMessage("cannot read " + server.uri() + ": Input/output error");
        }
    }

    @Test
    void aUrlTheServerAnswers404ToCannotBeOpenedAndTheMessageSaysSo() {
        URI missing = server.uri("no-such-video.mp4");

        assertThatThrownBy(() -> FrameSampler.open(VideoReference.of(missing), DecodingOptions.atRate(5)))
                .isInstanceOf(VideoException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("404");
    }

    @Test
    void aRefusedConnectionFailsWithinFifteenSeconds() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        VideoReference nobodyListens = new VideoReference("http://127.0.0.1:" + closedPort + "/camera.mp4");
        Instant start = Instant.now();

        assertThatThrownBy(() -> FrameSampler.open(nobodyListens, DecodingOptions.atRate(5)))
                .isInstanceOf(VideoException.class)
                .hasMessageContaining(nobodyListens.value());
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
    }
}
