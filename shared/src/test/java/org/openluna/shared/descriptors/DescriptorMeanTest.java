package org.openluna.shared.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptorMeanTest {

    @Test
    void theMeanOfOneEmbeddingIsItsOwnDescriptor() {
        var unit = new RandomEmbeddings(11).unit();

        assertThat(Descriptor.meanOf(List.of(unit))).isEqualTo(Descriptor.fromEmbedding(unit));
    }

    @Test
    void aLongerRawVectorDoesNotWeighMore() {
        var random = new RandomEmbeddings(12);
        var a = random.unit();
        var b = random.unit();
        var longA = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            longA[i] = a[i] * 40f;
        }

        assertThat(Descriptor.meanOf(List.of(longA, b))).isEqualTo(Descriptor.meanOf(List.of(a, b)));
    }

    @Test
    void theMeanOfTwoLiesHalfwayBetweenThemOnTheSphere() {
        var random = new RandomEmbeddings(13);
        var a = random.unit();
        var b = random.near(a, 0.6);
        double between = RandomEmbeddings.cosine(a, b);
        // the normalised mean of two unit vectors at angle t is at angle t/2 from each: cos(t/2) = sqrt((1 + cos t) / 2)
        double expected = Math.sqrt((1 + between) / 2);

        var mean = Descriptor.meanOf(List.of(a, b));

        assertThat(mean.similarityTo(Descriptor.fromEmbedding(a))).isCloseTo(expected, within(0.01));
        assertThat(mean.similarityTo(Descriptor.fromEmbedding(b))).isCloseTo(expected, within(0.01));
        assertThat(Descriptor.meanOf(List.of(b, a))).isEqualTo(mean);
    }

    @Test
    void nothingToAggregateIsAProgrammingError() {
        assertThatThrownBy(() -> Descriptor.meanOf(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
