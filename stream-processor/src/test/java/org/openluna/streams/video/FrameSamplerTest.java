package org.openluna.streams.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Point;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameSamplerTest {

    private static final int FPS = 25;
    private static final int FRAMES = 50;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int SPRITE_SIDE = 80;

    @TempDir
    static Path videos;
    private static VideoReference twoSeconds;

    @BeforeAll
    static void writeTwoSecondsWithARedSquareInTheTopLeftCorner() {
        Path file = TestVideos.write(videos.resolve("two-seconds.mp4"), WIDTH, HEIGHT, FPS, FRAMES,
                TestVideos.filled(16, 9, Color.GRAY),
                List.of(Appearance.still(TestVideos.filled(SPRITE_SIDE, SPRITE_SIDE, Color.RED), 0, FRAMES - 1,
                        new Point(0, 0), 1)));
        twoSeconds = VideoReference.of(file);
    }

    @Test
    void openingAVideoDescribesItsSizeRateAndLength() {
        try (FrameSampler sampler = FrameSampler.open(twoSeconds, DecodingOptions.atRate(5))) {
            VideoInfo info = sampler.info();

            assertThat(info.width()).isEqualTo(WIDTH);
            assertThat(info.height()).isEqualTo(HEIGHT);
            assertThat(info.frameRate()).isCloseTo(FPS, within(0.01));
            assertThat(info.frameCount()).isEqualTo(FRAMES);
            assertThat(info.durationSeconds()).isCloseTo(2.0, within(0.05));
            assertThat(info.isLive()).isFalse();
        }
    }

    @Test
    void atARateAboveTheVideosOwnEveryFrameIsHandedOut() {
        List<SampledFrame> frames = readAll(twoSeconds, DecodingOptions.atRate(30));

        assertThat(frames).hasSize(FRAMES);
        assertThat(frames).extracting(SampledFrame::frameNumber).startsWith(0L, 1L, 2L).endsWith(FRAMES - 1L);
        assertThat(frames.getFirst().timeSeconds()).isCloseTo(0, within(0.001));
        assertThat(frames.getFirst().image().getWidth()).isEqualTo(WIDTH);
        assertThat(frames.getFirst().image().getHeight()).isEqualTo(HEIGHT);
    }

    @Test
    void atFiveFramesPerSecondEveryFifthFrameIsHandedOutAFifthOfASecondApart() {
        List<SampledFrame> frames = readAll(twoSeconds, DecodingOptions.atRate(5));

        assertThat(frames.size()).isBetween(9, 11);
        for (int i = 1; i < frames.size(); i++) {
            assertThat(frames.get(i).timeSeconds() - frames.get(i - 1).timeSeconds()).isCloseTo(0.2, within(0.005));
            assertThat(frames.get(i).frameNumber() - frames.get(i - 1).frameNumber()).isEqualTo(5);
        }
    }

    @Test
    void handedOutFramesAreCopiesThatLaterFramesDoNotOverwrite() {
        List<SampledFrame> frames = readAll(twoSeconds, DecodingOptions.atRate(5));

        assertThat(frames.get(0).image()).isNotSameAs(frames.get(1).image());
        assertThat(isRedAt(frames.get(0), SPRITE_SIDE / 2, SPRITE_SIDE / 2)).isTrue();
    }

    @Test
    void aNinetyDegreeRotationTurnsFramesClockwiseSoTheTopLeftCornerEndsUpTopRight() {
        DecodingOptions rotated = DecodingOptions.atRate(5).withRotation(Rotation.CLOCKWISE_90);
        try (FrameSampler sampler = FrameSampler.open(twoSeconds, rotated)) {
            SampledFrame first = sampler.next().orElseThrow();

            assertThat(sampler.info().width()).isEqualTo(HEIGHT);
            assertThat(sampler.info().height()).isEqualTo(WIDTH);
            assertThat(first.image().getWidth()).isEqualTo(HEIGHT);
            assertThat(first.image().getHeight()).isEqualTo(WIDTH);
            assertThat(isRedAt(first, HEIGHT - SPRITE_SIDE / 2, SPRITE_SIDE / 2)).isTrue();
            assertThat(isRedAt(first, SPRITE_SIDE / 2, SPRITE_SIDE / 2)).isFalse();
        }
    }

    @Test
    void aPtsStartTimeIsAddedToEveryFrameTime() {
        List<SampledFrame> frames = readAll(twoSeconds, DecodingOptions.atRate(5).withPtsStartTime(100));

        assertThat(frames.getFirst().timeSeconds()).isCloseTo(100, within(0.05));
        assertThat(frames.get(1).timeSeconds()).isCloseTo(100.2, within(0.05));
    }

    @Test
    void frameNumTimestampsAreTheFrameNumberOverTheFrameRate() {
        DecodingOptions byNumber = DecodingOptions.atRate(5).withTimestampSource(TimestampSource.FRAME_NUM);

        for (SampledFrame frame : readAll(twoSeconds, byNumber)) {
            assertThat(frame.timeSeconds()).isCloseTo(frame.frameNumber() / (double) FPS, within(1e-9));
        }
    }

    static List<SampledFrame> readAll(VideoReference reference, DecodingOptions options) {
        List<SampledFrame> frames = new ArrayList<>();
        try (FrameSampler sampler = FrameSampler.open(reference, options)) {
            for (Optional<SampledFrame> frame = sampler.next(); frame.isPresent(); frame = sampler.next()) {
                frames.add(frame.get());
            }
        }
        return frames;
    }

    private static boolean isRedAt(SampledFrame frame, int x, int y) {
        Color pixel = new Color(frame.image().getRGB(x, y));
        return pixel.getRed() > 180 && pixel.getGreen() < 80 && pixel.getBlue() < 80;
    }
}
