package org.openluna.matcher.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import org.openluna.matcher.rows.RowSegment;
import org.openluna.matcher.rows.RowStore;
import org.junit.jupiter.api.Test;
import org.openluna.shared.descriptors.Descriptor;

class Int8KernelTest {
    private static int plainDot(byte[] a, byte[] b) {
        int dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static int kernelDot(byte[] row, byte[] query) {
        var store = new RowStore();
        store.append(UUID.randomUUID(), row);
        RowSegment segment = store.snapshot().getFirst().segment();
        var prepared = PreparedQuery.of(Descriptor.fromInt8(query));
        int offsetDot = Int8Kernel.offsetDot(segment.offsetRows(), 0, prepared.offsetComponents);
        return prepared.dot(offsetDot, segment.componentSum(0));
    }

    @Test
    void theKernelGivesTheExactDotProductForRandomBytesOfTheWholeRange() {
        var random = new Random(3);
        for (int trial = 0; trial < 2_000; trial++) {
            var row = new byte[RowSegment.ROW_BYTES];
            var query = new byte[RowSegment.ROW_BYTES];
            random.nextBytes(row);
            random.nextBytes(query);

            assertThat(kernelDot(row, query)).isEqualTo(plainDot(row, query));
        }
    }

    @Test
    void theKernelIsExactAtTheExtremesWhereEverySumIsLargest() {
        byte[][] extremes = {filled(-128), filled(127), filled(-127), filled(0), alternating()};
        for (byte[] row : extremes) {
            for (byte[] query : extremes) {
                assertThat(kernelDot(row, query)).isEqualTo(plainDot(row, query));
            }
        }
        assertThat(kernelDot(filled(-128), filled(-128))).isEqualTo(512 * 128 * 128);
    }

    @Test
    void fourQueriesAtOnceGiveWhatEachQueryGivesAlone() {
        var random = new Random(4);
        var store = new RowStore();
        for (int i = 0; i < 50; i++) {
            var row = new byte[RowSegment.ROW_BYTES];
            random.nextBytes(row);
            store.append(UUID.randomUUID(), row);
        }
        RowSegment segment = store.snapshot().getFirst().segment();
        var queries = new short[4][RowSegment.ROW_BYTES];
        for (short[] query : queries) {
            for (int i = 0; i < query.length; i++) {
                query[i] = (short) random.nextInt(256);
            }
        }
        int[] dots = new int[4];

        for (int row = 0; row < 50; row++) {
            int offset = row * RowSegment.ROW_BYTES;
            Int8Kernel.offsetDots(segment.offsetRows(), offset, queries[0], queries[1], queries[2], queries[3], dots);

            for (int q = 0; q < 4; q++) {
                assertThat(dots[q]).isEqualTo(Int8Kernel.offsetDot(segment.offsetRows(), offset, queries[q]));
            }
        }
    }

    private static byte[] filled(int value) {
        var bytes = new byte[RowSegment.ROW_BYTES];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] alternating() {
        var bytes = new byte[RowSegment.ROW_BYTES];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 127 : -128);
        }
        return bytes;
    }
}
