package org.openluna.matcher.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.matcher.RandomDescriptors;

class RowMirrorTest {
    private final RandomDescriptors random = new RandomDescriptors(21);

    /** Writes down what it is told; refuses segments once {@code segmentsAllowed} are held. */
    private static final class Recording implements RowMirror {
        final List<String> told = new ArrayList<>();
        int segmentsAllowed = Integer.MAX_VALUE;
        int segments;

        @Override
        public Object hold(RowSegment segment) {
            if (segments == segmentsAllowed) {
                throw new NoRoom("full");
            }
            segments++;
            told.add("hold " + segment.capacity());
            return "handle";
        }

        @Override
        public void appended(RowSegment segment, int row) {
            told.add("append " + segment.faceId(row));
        }

        @Override
        public void removed(RowSegment segment, int row, long sequence) {
            told.add("remove " + segment.faceId(row) + " at " + sequence);
        }
    }

    @Test
    void theMirrorIsToldOfEveryChangeInTheOrderTheWriterMadeIt() {
        var mirror = new Recording();
        var store = new RowStore(new LayoutVersion(), mirror);
        UUID first = random.faceId();
        UUID second = random.faceId();
        store.append(first, random.next().int8());
        store.append(second, random.next().int8());
        store.replace(first, random.next().int8(), () -> 5);
        store.remove(second, 6);
        // the replaced row leaves a quarter of the segment removed, so a rewrite copies the live rows after it
        assertThat(mirror.told).startsWith("hold 64", "append " + first, "append " + second, "append " + first,
                "remove " + first + " at 5").containsSubsequence("remove " + first + " at 5", "remove " + second + " at 6");
        assertThat(store.snapshot().getFirst().segment().mirrorHandle()).isEqualTo("handle");
    }

    @Test
    void aFaceTheMirrorHasNoRoomForIsRefusedAndTheStoreStaysAsItWas() {
        var mirror = new Recording();
        mirror.segmentsAllowed = 1;
        var store = new RowStore(new LayoutVersion(), mirror);
        var faces = new ArrayList<UUID>();
        for (int i = 0; i < RowStore.FIRST_SEGMENT_ROWS; i++) {
            UUID face = random.faceId();
            store.append(face, random.next().int8());
            faces.add(face);
        }
        assertThatThrownBy(() -> store.append(random.faceId(), random.next().int8()))
                .isInstanceOf(RowMirror.NoRoom.class).hasMessage("full");
        assertThat(store.size()).isEqualTo(RowStore.FIRST_SEGMENT_ROWS);
        assertThat(store.faceIds()).containsExactlyElementsOf(faces);
    }

    @Test
    void aFullMirrorPutsARewriteOffButNeverARemoval() {
        var mirror = new Recording();
        var store = new RowStore(new LayoutVersion(), mirror);
        var faces = new ArrayList<UUID>();
        for (int i = 0; i < RowStore.FIRST_SEGMENT_ROWS; i++) {
            UUID face = random.faceId();
            store.append(face, random.next().int8());
            faces.add(face);
        }
        mirror.segmentsAllowed = mirror.segments;
        // a quarter removed would rewrite the segment, which needs a new one the mirror refuses
        for (int i = 0; i < RowStore.FIRST_SEGMENT_ROWS / 2; i++) {
            assertThat(store.remove(faces.get(i), i + 1)).isTrue();
        }
        assertThat(store.faceIds()).containsExactlyElementsOf(faces.subList(RowStore.FIRST_SEGMENT_ROWS / 2, faces.size()));
        assertThat(store.segmentCount()).isEqualTo(1);
    }
}
