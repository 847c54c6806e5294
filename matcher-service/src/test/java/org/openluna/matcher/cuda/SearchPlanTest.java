package org.openluna.matcher.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchPlanTest {
    /** An H100's figures: 132 multiprocessors, 227 KB of shared memory a block, 228 KB a multiprocessor. */
    private static final DeviceFacts H100 = new DeviceFacts("NVIDIA H100 80GB HBM3", 9, 0, 132, 232_448, 233_472);

    @Test
    void oneQueryIsScannedAloneAndBatchesSixteenToABlock() {
        assertThat(SearchPlan.of(1, 100, 10_000, 10_000_000, H100).queriesPerBlock()).isEqualTo(1);
        assertThat(SearchPlan.of(3, 100, 10_000, 10_000_000, H100).queriesPerBlock()).isEqualTo(4);
        var batch = SearchPlan.of(1_024, 100, 1_000, 1_000_000, H100);
        assertThat(batch.queriesPerBlock()).isEqualTo(16);
        assertThat(batch.queryGroups()).isEqualTo(64);
    }

    @Test
    void aBufferHoldsKRowsAndATileMoreInAPowerOfTwoOfSlots() {
        assertThat(SearchPlan.slotsFor(100, SearchPlan.TILE_ROWS)).isEqualTo(256);
        assertThat(SearchPlan.slotsFor(192, SearchPlan.TILE_ROWS)).isEqualTo(256);
        assertThat(SearchPlan.slotsFor(193, SearchPlan.TILE_ROWS)).isEqualTo(512);
        assertThat(SearchPlan.slotsFor(1_024, SearchPlan.THREADS)).isEqualTo(2_048);
    }

    @Test
    void sharedMemoryIsAddedUpAsTheKernelLaysItOut() {
        // tile 33,792 + query 512 + four partial dots a row 1,024 + per row 1,024 + per query 32 + 256 slots of 16
        assertThat(SearchPlan.scanSharedBytes(1, 256)).isEqualTo(33_792 + 512 + 1_024 + 1_024 + 32 + 4_096);
        assertThat(SearchPlan.scanSharedBytes(16, 256)).isEqualTo(33_792 + 8_192 + 4_096 + 1_024 + 512 + 65_536);
    }

    @Test
    void aLargeKMovesToSmallerGroupsOfQueriesSoThatABlockFits() {
        var plan = SearchPlan.of(64, 1_024, 1_000, 1_000_000, H100);
        assertThat(plan.scanSharedBytes()).isLessThanOrEqualTo(H100.sharedBytesPerBlock());
        assertThat(plan.queriesPerBlock()).isEqualTo(4);
    }

    @Test
    void aSingleQueryOverTenMillionRowsFillsTheGpuTwice() {
        var plan = SearchPlan.of(1, 100, 9_776, 10_000_000, H100);
        // 41 KB a block: five blocks on each of 132 multiprocessors, two waves
        assertThat(plan.chunks()).isEqualTo(132 * 5 * 2);
        assertThat(plan.scratchBytes(9_776)).isLessThanOrEqualTo(SearchPlan.SCRATCH_BYTES);
    }

    @Test
    void chunksNeverOutnumberTheRangesOrTheTiles() {
        assertThat(SearchPlan.of(1, 10, 3, 150, H100).chunks()).isEqualTo(3);
        assertThat(SearchPlan.of(1, 10, 40, 40, H100).chunks()).isEqualTo(1);
    }

    @Test
    void theWholeBatchWithTheLargestKFitsTheScratchMemory() {
        var plan = SearchPlan.of(SearchPlan.MAX_QUERIES, SearchPlan.MAX_K, 150_000, 150_000_000, H100);
        assertThat(plan.scratchBytes(150_000)).isLessThanOrEqualTo(SearchPlan.SCRATCH_BYTES);
        assertThat(plan.chunks()).isPositive();
    }

    @Test
    void scratchPartsFollowEachOtherAlignedAndTheOutputsComeLast() {
        var plan = SearchPlan.of(64, 100, 500, 500_000, H100);
        long[] offsets = {plan.queriesOffset(), plan.queryNormsOffset(), plan.removedUpToOffset(), plan.thresholdsOffset(),
                plan.rangesOffset(), plan.chunkStartsOffset(500), plan.listsOffset(500), plan.listCountsOffset(500),
                plan.mergedListsOffset(500), plan.mergedCountsOffset(500), plan.foundOffset(500)};
        for (int i = 1; i < offsets.length; i++) {
            assertThat(offsets[i]).isGreaterThanOrEqualTo(offsets[i - 1]).isEqualTo(offsets[i] / 256 * 256);
        }
        assertThat(plan.foundCountsOffset(500)).isEqualTo(plan.foundOffset(500) + 64L * 100 * 24);
        assertThat(plan.scratchBytes(500)).isEqualTo(plan.foundOffset(500) + plan.outputBytes());
    }

    @Test
    void rangesAreCutIntoRunsOfAboutEqualRows() {
        int[] rows = {1_023, 1_023, 1_023, 1_023, 500, 64, 64, 1_023};
        int[] starts = SearchPlan.chunkStarts(rows, 3);
        assertThat(starts).startsWith(0).endsWith(rows.length);
        assertThat(starts.length - 1).isBetween(1, 3);
        for (int i = 1; i < starts.length; i++) {
            assertThat(starts[i]).isGreaterThan(starts[i - 1]);
        }
        assertThat(SearchPlan.chunkStarts(new int[] {5, 5, 5}, 10)).containsExactly(0, 1, 2, 3);
        assertThat(SearchPlan.chunkStarts(new int[] {5, 5, 5}, 1)).containsExactly(0, 3);
    }

    @Test
    void limitsAboveTheGpusKAreNotPlanned() {
        assertThatThrownBy(() -> SearchPlan.of(1, SearchPlan.MAX_K + 1, 10, 1_000, H100)).isInstanceOf(IllegalArgumentException.class);
    }
}
