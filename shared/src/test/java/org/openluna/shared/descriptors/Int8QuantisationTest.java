package org.openluna.shared.descriptors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Int8QuantisationTest {

    @Test
    void aComponentOfAQuarterUsesTheWholePositiveRange() {
        assertThat(Int8Quantisation.quantise(new float[] {0.25f, -0.25f})).containsExactly(127, -127);
    }

    @Test
    void componentsRoundToTheNearestStep() {
        var step = 1 / Int8Quantisation.SCALE;

        assertThat(Int8Quantisation.quantise(new float[] {0f, 0.4f * step, 0.6f * step, -0.6f * step, 10 * step}))
                .containsExactly(0, 0, 1, -1, 10);
    }

    @Test
    void componentsBeyondTheRangeSaturateInsteadOfWrapping() {
        assertThat(Int8Quantisation.quantise(new float[] {0.3f, 1f, -0.3f, -1f})).containsExactly(127, 127, -127, -127);
    }

    @Test
    void dequantisingUndoesTheScale() {
        assertThat(Int8Quantisation.dequantise(new byte[] {127, -127, 0, 1}))
                .containsExactly(127 / 508f, -127 / 508f, 0f, 1 / 508f);
    }

    @Test
    void aRoundTripIsWithinHalfAStepForComponentsInRange() {
        var random = new RandomEmbeddings(11);
        var v = random.unit();

        var back = Int8Quantisation.dequantise(Int8Quantisation.quantise(v));

        for (int i = 0; i < v.length; i++) {
            assertThat(Math.abs(back[i] - v[i])).isLessThanOrEqualTo(0.5f / Int8Quantisation.SCALE + 1e-7f);
        }
    }
}
