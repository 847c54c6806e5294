package org.openluna.shared.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.TimeRange;

class FaceFilterTest {
    private static final UUID LIST = UUID.fromString("557d54ec-29ad-4f3c-93b4-c9092ef12515");
    private static final UUID EVENT = UUID.fromString("8950722f-3fd4-4223-b48f-03f95f0e8dfb");
    private static final Instant CREATED = Instant.parse("2024-05-01T10:00:00Z");

    private static Face face(UUID id) {
        return new Face(id, UUID.randomUUID(), CREATED, new FaceFields("ext-1", "door 3 visitor", "", EVENT), List.of(LIST), false, 1);
    }

    @Test
    void aFaceMustPassEveryFilterGiven() {
        var id = UUID.randomUUID();
        var face = face(id);
        var all = new FaceFilter(List.of(id), List.of("ext-1", "ext-2"), EVENT, LIST, "door",
                new TimeRange(CREATED, CREATED.plusMillis(1)), IdRange.any());
        assertThat(all.matches(face)).isTrue();
        assertThat(new FaceFilter(null, null, null, null, "Door", null, null).matches(face)).as("user_data is case-sensitive").isFalse();
        assertThat(new FaceFilter(null, List.of("ext"), null, null, null, null, null).matches(face)).as("external ids are whole").isFalse();
        assertThat(new FaceFilter(null, null, null, UUID.randomUUID(), null, null, null).matches(face)).isFalse();
        assertThat(new FaceFilter(null, null, null, null, null, new TimeRange(null, CREATED), null).matches(face)).as("upper bound excluded").isFalse();
        assertThat(FaceFilter.any().matches(face)).isTrue();
    }

    @Test
    void idBoundsCompareIdsAsTheirTextAndSortTheAnswerById() {
        // as numbers, Java's UUID.compareTo puts 8... (a negative long) below 1...; as text it is above
        var low = UUID.fromString("10000000-0000-4000-8000-000000000000");
        var high = UUID.fromString("80000000-0000-4000-8000-000000000000");
        var range = new IdRange(low, high);
        assertThat(range.contains(low)).isTrue();
        assertThat(range.contains(high)).isFalse();
        assertThat(range.contains(UUID.fromString("7fffffff-0000-4000-8000-000000000000"))).isTrue();
        assertThat(new FaceFilter(null, null, null, null, null, null, range).sortsById()).isTrue();
        assertThat(FaceFilter.any().sortsById()).isFalse();
    }
}
