package org.openluna.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import tools.jackson.databind.JsonNode;

class MetaFilterTest {
    private static final JsonNode META = Json.mapper().valueToTree(Map.of("field_1", 36.6, "count", 5, "field_2",
            Map.of("field_3", "value"), "label", "north_gate"));

    private static boolean passes(String name, String value) {
        return MetaFilter.parse(name, List.of(value)).test(META);
    }

    @Test
    void theSeedsExampleFiltersReadTheirOperatorAndType() {
        assertThat(passes("meta.field_1__gt:numeric", "36.5")).isTrue();
        assertThat(passes("meta.field_1__gt:numeric", "36.6")).isFalse();
        assertThat(passes("meta.field_2.field_3__in", "value,none")).isTrue();
        assertThat(passes("meta.count:integer", "5")).isTrue();
        assertThat(passes("meta.count:integer", "6")).isFalse();
    }

    @Test
    void aMissingFieldIsNullAndPassesOnlyTheFiltersThatAskForNoneOrAgainstAValue() {
        assertThat(passes("meta.absent", "none")).isTrue();
        assertThat(passes("meta.absent__in", "a,none")).isTrue();
        assertThat(passes("meta.absent__neq", "a")).isTrue();
        assertThat(passes("meta.absent", "a")).isFalse();
        assertThat(passes("meta.absent__gte:numeric", "0")).isFalse();
        assertThat(MetaFilter.parse("meta.absent", List.of("a")).test(null)).isFalse();
    }

    @Test
    void aFieldOfAnotherTypeMatchesNothingButTheNegations() {
        assertThat(passes("meta.label:integer", "5")).isFalse();
        assertThat(passes("meta.label__lt:numeric", "100")).isFalse();
        assertThat(passes("meta.label__neq:integer", "5")).isTrue();
        assertThat(passes("meta.field_1:integer", "36")).as("36.6 is no integer").isFalse();
    }

    @Test
    void likeTakesPercentAndUnderscoreAsSqlDoes() {
        assertThat(passes("meta.label__like", "north%")).isTrue();
        assertThat(passes("meta.label__like", "north_gat_")).isTrue();
        assertThat(passes("meta.label__like", "north.gate")).as("a dot is a dot").isFalse();
    }

    @Test
    void malformedNamesAndValuesAreRefusedByTheirParameterName() {
        for (var name : List.of("meta.", "meta.a..b", "meta.a__between", "meta.a:float", "meta.a-b", "meta.a__b__eq")) {
            assertThatThrownBy(() -> MetaFilter.parse(name, List.of("1"))).isInstanceOfSatisfying(LunaException.class, e -> {
                assertThat(e.error()).isEqualTo(ErrorCode.BAD_QUERY_PARAMETER);
                assertThat(e.detail()).contains(name);
            });
        }
        assertThatThrownBy(() -> MetaFilter.parse("meta.count:integer", List.of("five"))).isInstanceOf(LunaException.class);
        assertThatThrownBy(() -> MetaFilter.parse("meta.count", List.of("1", "2"))).as("repeated").isInstanceOf(LunaException.class);
    }
}
