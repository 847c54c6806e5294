package org.openluna.shared.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;

class AttributeTtlTest {

    private static AttributeTtl ttl(String value) {
        return AttributeTtl.from(QueryParams.of(Map.of("ttl", List.of(value))));
    }

    @Test
    void aTemporaryAttributeLivesFiveMinutesUnlessToldOtherwise() {
        assertThat(AttributeTtl.from(QueryParams.of(Map.of())).value()).isEqualTo(Duration.ofSeconds(300));
        assertThat(ttl("1").value()).isEqualTo(Duration.ofSeconds(1));
        assertThat(ttl("86400").value()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aTtlOutsideOneSecondToOneDayIsABadQueryParameter() {
        for (var bad : List.of("0", "86401", "-5", "1.5", "ten", "")) {
            assertThatThrownBy(() -> ttl(bad)).as(bad).isInstanceOfSatisfying(LunaException.class, e -> {
                assertThat(e.error()).isEqualTo(ErrorCode.BAD_QUERY_PARAMETER);
                assertThat(e.detail()).isEqualTo("Bad query parameters 'ttl'");
            });
        }
    }
}
