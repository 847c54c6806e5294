package org.openluna.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryRulesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private static QueryParams query(String name, String value) {
        return QueryParams.of(Map.of(name, List.of(value)));
    }

    @Test
    void aRequestIdOfTheSeedsFormatIsKeptAndAMissingOneIsMade() {
        var given = "1536751345,8b8b5937-2e9c-4e8b-a7a7-5caf86621b5a";
        assertThat(RequestId.fromHeaderOrNew(given, clock).value()).isEqualTo(given);
        assertThat(RequestId.fromHeaderOrNew(null, clock).value()).startsWith("1795428000,");
        assertThatThrownBy(() -> new RequestId("1536751345,NOT-A-UUID")).isInstanceOf(LunaException.class);
    }

    @Test
    void relativeTimesCountBackFromNow() {
        assertThat(Times.parse("now-30d", clock)).contains(Instant.parse("2026-10-24T10:00:00Z"));
        assertThat(Times.parse("now-2h", clock)).contains(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(Times.parse("now-1M", clock)).contains(Instant.parse("2026-10-23T10:00:00Z"));
        assertThat(Times.parse("2018-08-11T09:11:41.674Z", clock)).contains(Instant.parse("2018-08-11T09:11:41.674Z"));
        assertThat(Times.parse("2050-11-11T11:11:11.111+03:00", clock)).contains(Instant.parse("2050-11-11T08:11:11.111Z"));
        assertThat(Times.parse("now-30x", clock)).isEmpty();
        assertThat(Times.format(Instant.parse("2026-11-23T10:00:00Z"))).isEqualTo("2026-11-23T10:00:00.000Z");
    }

    @Test
    void pagingAcceptsOneToAThousandAndSlicesPages() {
        assertThat(Paging.from(QueryParams.of(Map.of()))).isEqualTo(new Paging(1, 10));
        assertThat(new Paging(2, 2).slice(List.of(1, 2, 3, 4, 5))).containsExactly(3, 4);
        assertThat(new Paging(4, 2).slice(List.of(1, 2, 3))).isEmpty();
        assertThatThrownBy(() -> Paging.from(query("page_size", "1001"))).isInstanceOf(LunaException.class);
        assertThatThrownBy(() -> Paging.from(query("page", "abc"))).isInstanceOf(LunaException.class);
    }

    @Test
    void aDecimalQueryIsPlainDecimalTextWithinItsBounds() {
        assertThat(query("score_threshold", "0.7").number("score_threshold", 0, 0, 1)).isEqualTo(0.7);
        assertThat(query("score_threshold", "1").number("score_threshold", 0, 0, 1)).isEqualTo(1.0);
        assertThat(QueryParams.of(Map.of()).number("score_threshold", 0.25, 0, 1)).isEqualTo(0.25);
        for (var bad : List.of("1.01", "-0.1", "NaN", "Infinity", "0x1p-1", "0.5d", " 0.5", ".5", "")) {
            assertThatThrownBy(() -> query("score_threshold", bad).number("score_threshold", 0, 0, 1)).as(bad).isInstanceOf(LunaException.class);
        }
    }

    @Test
    void integerListsMayBeCommaSeparatedOrRepeatedAndHoldOnlyAllowedValues() {
        var states = Set.of(0, 1, 2);
        assertThat(QueryParams.of(Map.of("s", List.of("2,0", "2"))).integers("s", states)).contains(List.of(2, 0));
        assertThat(QueryParams.of(Map.of()).integers("s", states)).isEmpty();
        for (var bad : List.of("3", "1,", "one", "")) {
            assertThatThrownBy(() -> query("s", bad).integers("s", states)).as(bad).isInstanceOf(LunaException.class);
        }
    }

    @Test
    void idListsMayBeCommaSeparatedOrRepeated() {
        var a = "6f1e0f1c-6b8e-4bb0-8f3e-2d0b5d3b8a11";
        var b = "0d1cc36e-d719-4f54-8abe-4e5e0cb1f43c";
        var both = QueryParams.of(Map.of("ids", List.of(a + "," + b, a)));

        assertThat(both.uuids("ids")).contains(List.of(UUID.fromString(a), UUID.fromString(b)));
        assertThat(QueryParams.of(Map.of()).uuids("ids")).isEmpty();
        assertThatThrownBy(() -> query("ids", a + ",").uuids("ids")).isInstanceOf(LunaException.class);
        assertThatThrownBy(() -> query("ids", a.toUpperCase()).uuids("ids")).isInstanceOf(LunaException.class);
    }

    @Test
    void commaListsAreCheckedItemByItem() {
        assertThat(query("targets", "a,b,a").list("targets", Set.of("a", "b"))).contains(List.of("a", "b"));
        assertThatThrownBy(() -> query("targets", "a,,b").list("targets", Set.of("a", "b"))).isInstanceOf(LunaException.class);
        assertThatThrownBy(() -> query("targets", "c").list("targets", Set.of("a", "b"))).isInstanceOf(LunaException.class);
    }

    @Test
    void aTimeRangeIncludesItsLowerBoundAndExcludesItsUpper() {
        var range = TimeRange.from(QueryParams.of(Map.of("t__gte", List.of("now-1h"), "t__lt", List.of("2026-11-23T10:00:00Z"))), "t", clock);
        assertThat(range.contains(Instant.parse("2026-11-23T09:00:00Z"))).isTrue();
        assertThat(range.contains(Instant.parse("2026-11-23T10:00:00Z"))).isFalse();
        assertThat(range.contains(Instant.parse("2026-11-23T08:59:59Z"))).isFalse();
    }
}
