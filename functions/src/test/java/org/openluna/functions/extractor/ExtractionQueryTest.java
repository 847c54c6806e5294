package org.openluna.functions.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openluna.protocol.inference.Capabilities;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.attributes.AttributeTtl;

class ExtractionQueryTest {
    private static final Capabilities EVERYTHING = new Capabilities("onnxruntime-cpu", EnumSet.allOf(Estimation.class), 4242);
    private static final Capabilities NO_AGE = new Capabilities("onnxruntime-cpu", EnumSet.complementOf(EnumSet.of(Estimation.AGE)), 4242);

    private static QueryParams query(String... pairs) {
        var map = new HashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1]));
        }
        return QueryParams.of(map);
    }

    @Test
    void byDefaultTheDescriptorIsExtractedPerSampleForFiveMinutes() {
        var query = ExtractionQuery.parse(query(), EVERYTHING);

        assertThat(query).isEqualTo(new ExtractionQuery(true, false, false, new AttributeTtl(Duration.ofSeconds(300))));
        assertThat(query.estimations()).isEmpty();
    }

    @Test
    void basicAttributesAskTheServiceForAgeAndGender() {
        var query = ExtractionQuery.parse(query("extract_basic_attributes", "1", "aggregate_attributes", "1"), EVERYTHING);

        assertThat(query.estimations()).isEqualTo(Set.of(Estimation.AGE, Estimation.GENDER));
        assertThat(query.aggregate()).isTrue();
    }

    @Test
    void basicAttributesAreUnavailableWhenTheServiceCannotEstimateAge() {
        assertThatThrownBy(() -> ExtractionQuery.parse(query("extract_basic_attributes", "1"), NO_AGE))
                .isInstanceOfSatisfying(LunaException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.FEATURE_UNAVAILABLE);
                    assertThat(e.detail()).isEqualTo("Feature 'extract_basic_attributes' is not available on this platform");
                });
        assertThat(ExtractionQuery.parse(query(), NO_AGE).descriptor()).isTrue();
    }

    @Test
    void aScoreThresholdAboveZeroIsUnavailableAndZeroFiltersNothing() {
        assertThatThrownBy(() -> ExtractionQuery.parse(query("score_threshold", "0.01"), EVERYTHING))
                .isInstanceOfSatisfying(LunaException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.FEATURE_UNAVAILABLE));
        assertThat(ExtractionQuery.parse(query("score_threshold", "0"), EVERYTHING).descriptor()).isTrue();
    }

    @Test
    void askingForNothingIsABadQuery() {
        assertThatThrownBy(() -> ExtractionQuery.parse(query("extract_descriptor", "0"), EVERYTHING))
                .isInstanceOfSatisfying(LunaException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.BAD_QUERY_PARAMETER));
    }
}
