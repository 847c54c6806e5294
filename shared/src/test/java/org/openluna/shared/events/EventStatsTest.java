package org.openluna.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.Json;

class EventStatsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-10T00:00:00Z"), ZoneOffset.UTC);

    private static StoredEvent event(String time, Integer gender, Integer age, String source) {
        var estimates = new StoredEvent.Estimates(gender, age, null, null, null, null, null, null, null, null, null);
        return new StoredEvent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.parse(time), Instant.parse(time), source,
                null, "", "", null, null, List.of(), Location.NONE, null, null, null, null, null, estimates, null, null);
    }

    private static EventStats.Result stats(Map<String, Object> body, StoredEvent... events) {
        var request = StatsRequest.read(Json.mapper().valueToTree(body), CLOCK);
        var filter = StatsFilters.of(request);
        return EventStats.of(Stream.of(events).filter(filter::matches), request);
    }

    @Test
    void withoutATargetTheEventsOfTheLastMonthAreCountedInOneRow() {
        var result = stats(Map.of(), event("2020-02-01T00:00:00Z", 0, 30, "a"), event("2019-12-01T00:00:00Z", 0, 30, "a"));
        assertThat(result.fields()).containsExactly("event_id, aggregator 'count'");
        assertThat(result.stats()).containsExactly(List.of(1L));
        assertThat(stats(Map.of()).stats()).as("one row over no event").containsExactly(List.of(0L));
    }

    @Test
    void groupsComeInTimeOrderThenByTheirValuesWithNullFirst() {
        var result = stats(Map.of("targets", List.of(Map.of("column", "gender", "aggregator", "group_by"),
                        Map.of("column", "age", "aggregator", "avg"), Map.of("column", "age", "aggregator", "count")),
                        "group_by", "hourOfDay"),
                event("2020-02-03T10:30:00Z", 1, 40, "a"), event("2020-02-03T09:00:00Z", 1, 20, "a"),
                event("2020-02-04T09:59:59Z", null, null, "a"), event("2020-02-04T09:10:00Z", 1, 30, "a"));
        assertThat(result.fields()).containsExactly("Group by time: hourOfDay", "gender, aggregator 'group_by'", "age, aggregator 'avg'",
                "age, aggregator 'count'");
        assertThat(result.stats()).containsExactly(Arrays.asList(9, null, null, 0L), List.of(9, 1, 25.0, 2L), List.of(10, 1, 40.0, 1L));
    }

    @Test
    void filtersTakeTheirOperatorsAndThePeriodItsBounds() {
        var body = Map.<String, Object>of(
                "targets", List.of(Map.of("column", "source", "aggregator", "group_by"), Map.of("column", "age", "aggregator", "max")),
                "filters", List.of(Map.of("column", "source", "operator", "in", "value", List.of("a", "b")),
                        Map.of("column", "age", "operator", "gte", "value", 18)),
                "periods", List.of(Map.of("operator", "gt", "value", "2020-02-01T00:00:00Z"), Map.of("operator", "lte", "value", "2020-02-02T00:00:00Z")));
        var result = stats(body, event("2020-02-01T00:00:00Z", 0, 30, "a"), event("2020-02-01T00:00:00.001Z", 0, 31, "a"),
                event("2020-02-02T00:00:00Z", 0, 50, "b"), event("2020-02-02T00:00:00.001Z", 0, 60, "b"), event("2020-02-01T12:00:00Z", 0, 12, "b"),
                event("2020-02-01T12:00:00Z", 0, 70, "c"));
        assertThat(result.stats()).containsExactly(List.of("a", 31), List.of("b", 50));
    }
}
