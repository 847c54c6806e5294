package org.openluna.shared.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    private static final int TRIALS = 5_000;

    @Test
    void theIntegerSimilarityOfQuantisedDescriptorsEqualsTheFloatSimilarityOfTheirDequantisedValues() {
        var random = new RandomEmbeddings(42);
        for (int trial = 0; trial < TRIALS; trial++) {
            var a = random.unit();
            var b = random.near(a, random.nextDouble());
            var qa = Descriptor.fromEmbedding(a);
            var qb = Descriptor.fromEmbedding(b);

            var fromBytes = Similarity.of(qa.int8(), qb.int8());

            assertThat(fromBytes).isEqualTo(Similarity.of(qa.toFloats(), qb.toFloats()), within(1e-6));
            assertThat(qa.similarityTo(qb)).isEqualTo(fromBytes);
        }
    }

    @Test
    void quantisationMovesTheSimilarityOfOriginalVectorsByLessThanOneHundredth() {
        var random = new RandomEmbeddings(7);
        double worst = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            var a = random.unit();
            var b = random.near(a, random.nextDouble());
            var original = Math.clamp(RandomEmbeddings.cosine(a, b), 0.0, 1.0);

            var quantised = Descriptor.fromEmbedding(a).similarityTo(Descriptor.fromEmbedding(b));

            worst = Math.max(worst, Math.abs(quantised - original));
        }
        assertThat(worst).isLessThan(0.01);
    }

    @Test
    void theTrialsCoverTheRangeWhereThresholdsAreSet() {
        var random = new RandomEmbeddings(7);
        int between = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            var a = random.unit();
            var similarity = Similarity.of(a, random.near(a, random.nextDouble()));
            if (similarity > 0.2 && similarity < 0.8) {
                between++;
            }
        }
        assertThat(between).isGreaterThan(TRIALS / 5);
    }

    @Test
    void aDescriptorIsFullySimilarToItself() {
        var d = Descriptor.fromEmbedding(new RandomEmbeddings(1).unit());

        assertThat(d.similarityTo(d)).isEqualTo(1.0, within(1e-12));
    }

    @Test
    void oppositeDescriptorsAreNotSimilarAtAllRatherThanNegativelySimilar() {
        var a = new RandomEmbeddings(2).unit();
        var minusA = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            minusA[i] = -a[i];
        }

        assertThat(Descriptor.fromEmbedding(a).similarityTo(Descriptor.fromEmbedding(minusA))).isZero();
        assertThat(Similarity.of(a, minusA)).isZero();
    }

    @Test
    void anAllZeroDescriptorIsSimilarToNothing() {
        var zero = new byte[Descriptor.DIMENSIONS];
        var other = Descriptor.fromEmbedding(new RandomEmbeddings(3).unit()).int8();

        assertThat(Similarity.of(zero, other)).isZero();
        assertThat(Similarity.of(zero, zero)).isZero();
    }

    @Test
    void theLengthOfTheVectorsDoesNotChangeTheirSimilarity() {
        var random = new RandomEmbeddings(4);
        var a = random.unit();
        var b = random.near(a, 0.6);
        var longA = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            longA[i] = a[i] * 3.5f;
        }

        assertThat(Similarity.of(longA, b)).isEqualTo(Similarity.of(a, b), within(1e-6));
    }

    @Test
    void vectorsOfDifferentLengthsCannotBeCompared() {
        assertThatThrownBy(() -> Similarity.of(new byte[512], new byte[256])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Similarity.of(new float[512], new float[128])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMostExtremePayloadsCannotOverflowTheIntegerDotProduct() {
        var extreme = new byte[Descriptor.DIMENSIONS];
        Arrays.fill(extreme, Byte.MIN_VALUE);

        assertThat(Similarity.of(extreme, extreme)).isEqualTo(1.0, within(1e-12));
    }
}
