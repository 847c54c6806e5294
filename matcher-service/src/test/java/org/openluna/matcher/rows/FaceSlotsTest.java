package org.openluna.matcher.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaceSlotsTest {
    /** Ids kept by reference number in plain lists, as rows would keep them. */
    private static final class Ids implements FaceSlots.Ids {
        final List<long[]> byRef = new ArrayList<>();

        @Override
        public long high(int ref) { return byRef.get(ref)[0]; }

        @Override
        public long low(int ref) { return byRef.get(ref)[1]; }

        int add(long high, long low) {
            byRef.add(new long[] {high, low});
            return byRef.size() - 1;
        }
    }

    @Test
    void facesAddedAndRemovedInAnyOrderAreFoundExactlyWhileTheyArePresent() {
        var ids = new Ids();
        var slots = new FaceSlots(ids);
        var random = new Random(5);
        var present = new ArrayList<Integer>();
        for (int step = 0; step < 50_000; step++) {
            if (present.isEmpty() || random.nextInt(3) > 0) {
                int ref = ids.add(random.nextLong(), random.nextLong());
                slots.put(ids.high(ref), ids.low(ref), ref);
                present.add(ref);
            } else {
                int at = random.nextInt(present.size());
                int ref = present.get(at);
                present.set(at, present.getLast());
                present.removeLast();
                assertThat(slots.remove(ids.high(ref), ids.low(ref))).isEqualTo(ref);
            }
        }

        assertThat(slots.size()).isEqualTo(present.size());
        var isPresent = new boolean[ids.byRef.size()];
        present.forEach(ref -> isPresent[ref] = true);
        for (int ref = 0; ref < ids.byRef.size(); ref++) {
            assertThat(slots.find(ids.high(ref), ids.low(ref))).isEqualTo(isPresent[ref] ? ref : -1);
        }
    }
}
