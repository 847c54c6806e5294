package org.openluna.matcher.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openluna.matcher.RandomDescriptors;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.Similarity;

class PreparedQueryTest {
    private static int dot(byte[] a, byte[] b) {
        int dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void theCheapTestLetsThroughEveryRowWhoseSimilarityReachesTheBarAndStopsThoseJustBelow() {
        var random = new RandomDescriptors(61);
        int positive = 0;
        int stopped = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            Descriptor query = random.next();
            Descriptor row = trial % 2 == 0 ? random.near(query, 3 * random.nextInt(100) / 100.0) : random.next();
            var prepared = PreparedQuery.of(query);
            int dot = dot(query.int8(), row.int8());
            int rowNorm = dot(row.int8(), row.int8());
            double similarity = Similarity.fromDot(dot, prepared.squaredNorm, rowNorm);

            assertThat(prepared.mayReach(dot, rowNorm, similarity)).isTrue();
            if (similarity > 0) {
                positive++;
                if (!prepared.mayReach(dot, rowNorm, similarity + 1e-6)) {
                    stopped++;
                }
            }
        }
        assertThat(positive).isGreaterThan(10_000);
        assertThat(stopped).isEqualTo(positive);
    }
}
