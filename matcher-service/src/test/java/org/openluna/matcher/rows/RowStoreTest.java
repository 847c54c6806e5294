package org.openluna.matcher.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.matcher.RandomDescriptors;

class RowStoreTest {
    private static byte[] rowOf(int seed) {
        var row = new byte[RowSegment.ROW_BYTES];
        for (int i = 0; i < row.length; i++) {
            row[i] = (byte) (seed * 31 + i * 7);
        }
        return row;
    }

    private static List<UUID> snapshotFaces(RowStore store) {
        var faces = new ArrayList<UUID>();
        for (RowRange range : store.snapshot()) {
            for (int row = 0; row < range.rows(); row++) {
                if (!range.segment().isRemovedBy(row, Long.MAX_VALUE)) {
                    faces.add(range.segment().faceId(row));
                }
            }
        }
        return faces;
    }

    @Test
    void aStoredRowGivesBackTheBytesItWasGivenIncludingMinus128() {
        var store = new RowStore();
        UUID face = UUID.randomUUID();
        byte[] row = rowOf(5);
        row[0] = -128;
        row[1] = 127;

        store.append(face, row);

        assertThat(store.int8Of(face)).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(row));
    }

    @Test
    void replacingAFacePublishesItsNewRowBeforeTheOldRowIsRemoved() {
        var store = new RowStore();
        UUID face = UUID.randomUUID();
        store.append(face, rowOf(1));
        for (int i = 0; i < 10; i++) {
            store.append(new UUID(0, i), rowOf(100 + i)); // so that one removal does not rewrite the segment
        }
        var seenWhenRemoving = new ArrayList<List<UUID>>();

        store.replace(face, rowOf(2), () -> {
            seenWhenRemoving.add(snapshotFaces(store).stream().filter(face::equals).toList());
            return 5;
        });

        assertThat(seenWhenRemoving).containsExactly(List.of(face, face));
        assertThat(store.int8Of(face)).hasValueSatisfying(row -> assertThat(row).isEqualTo(rowOf(2)));
        assertThat(store.size()).isEqualTo(11);
        RowSegment segment = store.snapshot().getFirst().segment();
        assertThat(segment.isRemovedBy(0, 4)).isFalse();
        assertThat(segment.isRemovedBy(0, 5)).isTrue();
        assertThat(segment.faceId(11)).isEqualTo(face);
        assertThat(segment.int8(11)).isEqualTo(rowOf(2));
    }

    @Test
    void addingAFaceTwiceIsRefused() {
        var store = new RowStore();
        UUID face = UUID.randomUUID();
        store.append(face, rowOf(1));

        assertThatThrownBy(() -> store.append(face, rowOf(2))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void removingAQuarterOfASegmentRewritesItWithoutTheRemovedRows() {
        var store = new RowStore();
        var faces = new ArrayList<UUID>();
        for (int i = 0; i < 4_096; i++) {
            faces.add(new UUID(0, i));
            store.append(faces.getLast(), rowOf(i));
        }
        long rowsBefore = store.snapshot().stream().mapToLong(RowRange::rows).sum();

        for (int i = 0; i < 4_096; i += 2) {
            store.remove(faces.get(i), i + 1);
        }

        long rowsAfter = store.snapshot().stream().mapToLong(RowRange::rows).sum();
        assertThat(rowsBefore).isEqualTo(4_096);
        assertThat(rowsAfter).isLessThan(3_100);
        assertThat(snapshotFaces(store)).containsExactlyInAnyOrderElementsOf(faces.stream().filter(f -> f.getLeastSignificantBits() % 2 == 1).toList());
        for (int i = 1; i < 4_096; i += 2) {
            int seed = i;
            assertThat(store.int8Of(faces.get(i))).hasValueSatisfying(row -> assertThat(row).isEqualTo(rowOf(seed)));
        }
    }

    @Test
    void aSnapshotTakenBeforeARewriteStillReadsTheRowsItTook() {
        var store = new RowStore();
        for (int i = 0; i < 100; i++) {
            store.append(new UUID(0, i), rowOf(i));
        }
        List<RowRange> before = store.snapshot();

        for (int i = 0; i < 40; i++) {
            store.remove(new UUID(0, i), i + 1); // all in the first segment, which is rewritten on the way
        }

        RowRange first = before.getFirst();
        assertThat(store.snapshot().getFirst().segment()).isNotSameAs(first.segment());
        assertThat(first.segment().faceId(50)).isEqualTo(new UUID(0, 50));
        assertThat(first.segment().int8(50)).isEqualTo(rowOf(50));
        assertThat(first.segment().isRemovedBy(10, 11)).isTrue();
        assertThat(first.segment().isRemovedBy(10, 10)).isFalse();
    }

    @Test
    void longChurnKeepsEveryLiveFaceFindableAndTheSegmentsFew() {
        var random = new RandomDescriptors(21);
        var store = new RowStore();
        Map<UUID, Integer> live = new HashMap<>();
        var order = new ArrayList<UUID>();
        for (int step = 0; step < 60_000; step++) {
            boolean add = live.size() < 2_000 || random.nextInt(100) < 48;
            if (add) {
                UUID face = random.faceId();
                store.append(face, rowOf(step));
                live.put(face, step);
                order.add(face);
            } else {
                UUID face = order.remove(random.nextInt(order.size()));
                assertThat(store.remove(face, step + 1)).isTrue();
                live.remove(face);
            }
        }

        assertThat(store.size()).isEqualTo(live.size());
        assertThat(new HashSet<>(snapshotFaces(store))).isEqualTo(live.keySet());
        live.forEach((face, seed) -> assertThat(store.int8Of(face)).hasValueSatisfying(row -> assertThat(row).isEqualTo(rowOf(seed))));
        int fullSegments = (live.size() + RowStore.MAX_SEGMENT_ROWS - 1) / RowStore.MAX_SEGMENT_ROWS;
        assertThat(store.segmentCount()).isLessThanOrEqualTo(fullSegments + 5);
    }

    @Test
    void aLargeStoreHoldsEachFaceInAtMost600Bytes() {
        var store = new RowStore();
        int faces = 50_000;
        for (int i = 0; i < faces; i++) {
            store.append(new UUID(i * 0x9E3779B97F4A7C15L, i), rowOf(i));
        }

        double bytesPerFace = (double) store.allocatedBytes() / faces;

        assertThat(bytesPerFace).isBetween((double) RowSegment.BYTES_PER_ROW, 600.0);
    }
}
