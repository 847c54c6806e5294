package org.openluna.streams.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SamplingScheduleTest {

    @Test
    void aThirtyFrameVideoAtSevenFramesPerSecondGivesSevenFramesEachSecond() {
        var schedule = new SamplingSchedule(7);

        long handedOut = IntStream.range(0, 300).filter(frame -> schedule.isDue(frame / 30.0)).count();

        assertThat(handedOut).isEqualTo(70);
    }

    @Test
    void aGapInTheStreamRestartsTheSlotsAtTheNextFrame() {
        var schedule = new SamplingSchedule(5);

        assertThat(schedule.isDue(0.0)).isTrue();
        assertThat(schedule.isDue(3.01)).isTrue();
        assertThat(schedule.isDue(3.11)).isFalse();
        assertThat(schedule.isDue(3.21)).isTrue();
    }

    @Test
    void aClockThatJumpsBackIsTakenAsARestartedStream() {
        var schedule = new SamplingSchedule(5);
        schedule.isDue(50.0);

        assertThat(schedule.isDue(0.0)).isTrue();
        assertThat(schedule.isDue(0.1)).isFalse();
        assertThat(schedule.isDue(0.2)).isTrue();
    }
}
