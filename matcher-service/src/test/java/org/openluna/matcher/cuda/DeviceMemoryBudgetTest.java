package org.openluna.matcher.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeviceMemoryBudgetTest {
    private static final long GIB = 1L << 30;
    /** An H100 with 79.2 GiB free of 79.6. */
    private final DeviceMemoryBudget h100 = new DeviceMemoryBudget((long) (79.2 * GIB), (long) (79.6 * GIB));

    @Test
    void theRowsThatFitAreTheFreeMemoryLessScratchAndReserveOverTheBytesOfARow() {
        long room = h100.freeBytes() - DeviceMemoryBudget.RESERVE_BYTES - DeviceMemoryBudget.fixedBytes();
        assertThat(h100.maxRows()).isEqualTo(room / 540 / 1_024 * 1_024);
        // about 155 million rows: ten million faces take a sixteenth of the GPU
        assertThat(h100.maxRows()).isBetween(150_000_000L, 160_000_000L);
    }

    @Test
    void askingForNoRowsInParticularTakesAllThatFit() {
        assertThat(h100.poolRows(0)).isEqualTo(h100.maxRows());
    }

    @Test
    void aRequestIsRoundedUpToWholeBlocks() {
        assertThat(h100.poolRows(10_000_000)).isEqualTo(10_000_384);
        assertThat(h100.poolRows(1)).isEqualTo(1_024);
    }

    @Test
    void askingForMoreRowsThanFitIsRefusedSayingHowManyWould() {
        var small = new DeviceMemoryBudget(2 * GIB, 16 * GIB);
        long max = small.maxRows();
        assertThatThrownBy(() -> small.poolRows(10_000_000))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the GPU cannot hold 10,000,384 rows")
                .hasMessageContaining("2.00 GiB free of 16.00 GiB")
                .hasMessageContaining(String.format("at most %,d rows fit", max))
                .hasMessageContaining("--gpu-rows");
    }

    @Test
    void aGpuWithLessFreeMemoryThanItsOwnNeedsHoldsNoRows() {
        var full = new DeviceMemoryBudget(GIB / 2, 16 * GIB);
        assertThat(full.maxRows()).isZero();
        assertThatThrownBy(() -> full.poolRows(0)).hasMessageContaining("at most 0 rows fit");
    }
}
