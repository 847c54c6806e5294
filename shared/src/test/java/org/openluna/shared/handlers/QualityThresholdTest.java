package org.openluna.shared.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualityThresholdTest {

    @Test
    void rangesIncludeTheirBoundsAndABoundLeftOutDoesNotLimit() {
        assertThat(new QualityThreshold.Range(-5.0, 5.0).holds(5)).isTrue();
        assertThat(new QualityThreshold.Range(-5.0, 5.0).holds(-5.0001)).isFalse();
        assertThat(new QualityThreshold.Range(90.0, null).holds(10_000)).isTrue();
        assertThat(new QualityThreshold.Range(90.0, null).holds(89)).isFalse();
        assertThat(new QualityThreshold.Range(null, 0.5).holds(-1e9)).isTrue();
    }

    @Test
    void aValueThatCouldNotBeToldIsNoneOfTheAllowedOnes() {
        var formats = new QualityThreshold.Values(List.of("JPEG", "PNG"));
        assertThat(formats.holds("PNG")).isTrue();
        assertThat(formats.holds("BMP")).isFalse();
        assertThat(formats.holds(null)).isFalse();
    }

    @Test
    void aFlagHoldsOnlyItsOwnValue() {
        assertThat(new QualityThreshold.Flag(0).holds(0)).isTrue();
        assertThat(new QualityThreshold.Flag(0).holds(1)).isFalse();
    }

    @Test
    void aWholeBoundIsWrittenWithoutAFractionAndAMissingOneAsNull() {
        assertThat(new QualityThreshold.Range(90.0, null).toJson().toString()).isEqualTo("{min=90, max=null}");
        assertThat(new QualityThreshold.Range(0.61, 1.0).toJson().toString()).isEqualTo("{min=0.61, max=1}");
    }
}
