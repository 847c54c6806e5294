package org.openluna.matcher.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class BlockAllocatorTest {
    @Test
    void aSegmentGetsTheSmallestPowerOfTwoBlockOfAtLeast64Rows() {
        assertThat(BlockAllocator.blockRows(0)).isEqualTo(64);
        assertThat(BlockAllocator.blockRows(64)).isEqualTo(64);
        assertThat(BlockAllocator.blockRows(65)).isEqualTo(128);
        assertThat(BlockAllocator.blockRows(513)).isEqualTo(1_024);
        assertThat(BlockAllocator.blockRows(1_023)).isEqualTo(1_024);
        assertThatThrownBy(() -> BlockAllocator.blockRows(1_025)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blocksNeverOverlapAndThePoolIsFullWhenEveryRowIsHeld() {
        var allocator = new BlockAllocator(4_096);
        var taken = new HashSet<Integer>();
        var sizes = new int[] {64, 1_023, 100, 300, 64, 700, 200, 64};
        var firsts = new ArrayList<Integer>();
        for (int rows : sizes) {
            int first = allocator.allocate(rows);
            assertThat(first).isNotNegative();
            firsts.add(first);
            for (int row = first; row < first + BlockAllocator.blockRows(rows); row++) {
                assertThat(taken.add(row)).as("row %d held twice", row).isTrue();
            }
        }
        assertThat(allocator.rowsHeld()).isEqualTo(taken.size());
        while (allocator.allocate(64) >= 0) {
            // fill the rest
        }
        assertThat(allocator.rowsHeld()).isEqualTo(4_096);
        assertThat(allocator.allocate(64)).isEqualTo(-1);
    }

    @Test
    void freedSmallBlocksJoinBackIntoAWholeBlock() {
        var allocator = new BlockAllocator(1_024);
        var firsts = new ArrayList<Integer>();
        for (int i = 0; i < 16; i++) {
            firsts.add(allocator.allocate(64));
        }
        assertThat(allocator.allocate(1_023)).isEqualTo(-1);
        for (int first : firsts) {
            allocator.free(first, 64);
        }
        assertThat(allocator.rowsHeld()).isZero();
        assertThat(allocator.allocate(1_023)).isZero();
    }

    @Test
    void freeingABlockThatWasNeverHandedOutIsRefused() {
        var allocator = new BlockAllocator(2_048);
        allocator.allocate(64);
        assertThatThrownBy(() -> allocator.free(1_024, 1_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> allocator.free(32, 64)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPoolIsAWholeNumberOfLargestBlocks() {
        assertThatThrownBy(() -> new BlockAllocator(1_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
