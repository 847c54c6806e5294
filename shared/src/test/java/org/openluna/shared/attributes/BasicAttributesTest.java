package org.openluna.shared.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openluna.shared.attributes.BasicAttributes.Estimate;

class BasicAttributesTest {

    @Test
    void oneSampleGivesItsOwnAgeAndGenderAndNoEthnicity() {
        assertThat(BasicAttributes.meanOf(List.of(new Estimate(29.4f, 0.2f)))).isEqualTo(new BasicAttributes(29, 0, null));
        assertThat(BasicAttributes.meanOf(List.of(new Estimate(40.6f, 0.8f)))).isEqualTo(new BasicAttributes(41, 1, null));
    }

    @Test
    void severalSamplesGiveTheMeanAgeAndTheGenderOfTheMeanProbability() {
        var confidentWoman = new Estimate(30f, 0.05f);
        var doubtfulMan = new Estimate(35f, 0.6f);

        assertThat(BasicAttributes.meanOf(List.of(confidentWoman, doubtfulMan))).isEqualTo(new BasicAttributes(33, 0, null));
    }

    @Test
    void anEstimatedAgeBeyondTheRangeIsKeptInsideIt() {
        assertThat(BasicAttributes.meanOf(List.of(new Estimate(130f, 0.9f))).age()).isEqualTo(BasicAttributes.MAX_AGE);
        assertThat(BasicAttributes.meanOf(List.of(new Estimate(-2f, 0.9f))).age()).isZero();
    }

    @Test
    void valuesOutsideTheApisRangesCannotBeMade() {
        assertThatThrownBy(() -> new BasicAttributes(29, 2, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BasicAttributes(29, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BasicAttributes.meanOf(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
