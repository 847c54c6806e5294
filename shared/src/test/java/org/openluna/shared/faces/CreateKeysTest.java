package org.openluna.shared.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreateKeysTest {
    private static final UUID LOW = UUID.fromString("00000000-0000-4000-8000-000000000000");
    private static final UUID HIGH = UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff");

    @Test
    void keysSortByTimeFirstAndByIdWithinOneMillisecond() {
        var t = Instant.parse("2024-05-01T10:00:00.674Z");
        assertThat(CreateKeys.of(t, HIGH)).isLessThan(CreateKeys.of(t.plusMillis(1), LOW));
        assertThat(CreateKeys.of(t, LOW)).isLessThan(CreateKeys.of(t, HIGH));
        // a later year must not sort before an earlier one with more digits of milliseconds
        assertThat(CreateKeys.of(Instant.parse("2024-05-01T10:00:00Z"), HIGH)).isLessThan(CreateKeys.of(t, LOW));
    }

    @Test
    void aTimeBoundKeepsEveryKeyOfThatMillisecondOnItsUpperSide() {
        var t = Instant.parse("2024-05-01T10:00:00.674Z");
        var bound = CreateKeys.bound(t);
        assertThat(CreateKeys.of(t, LOW)).isGreaterThan(bound);
        assertThat(CreateKeys.of(t.minusMillis(1), HIGH)).isLessThan(bound);
    }

    @Test
    void aBoundBetweenTwoMillisecondsRoundsUpSoTheEarlierOneFallsBelowIt() {
        var bound = CreateKeys.bound(Instant.parse("2024-05-01T10:00:00.674500Z"));
        assertThat(CreateKeys.of(Instant.parse("2024-05-01T10:00:00.674Z"), HIGH)).isLessThan(bound);
        assertThat(CreateKeys.of(Instant.parse("2024-05-01T10:00:00.675Z"), LOW)).isGreaterThan(bound);
    }
}
