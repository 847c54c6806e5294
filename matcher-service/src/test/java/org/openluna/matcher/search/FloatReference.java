package org.openluna.matcher.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.Similarity;

/**
 * The answer computed the plainest way, independent of the row layout: the dequantised floats of every
 * face, {@link Similarity#of(float[], float[])}, a full sort, the first {@code limit} at or above the threshold.
 */
final class FloatReference {
    private FloatReference() {}

    static List<Match> best(Map<UUID, Descriptor> faces, Descriptor query, int limit, double threshold) {
        float[] queryFloats = query.toFloats();
        var all = new ArrayList<Match>(faces.size());
        faces.forEach((face, descriptor) -> {
            double similarity = Similarity.of(queryFloats, descriptor.toFloats());
            if (similarity >= threshold) {
                all.add(new Match(face, similarity));
            }
        });
        all.sort(Match.BEST_FIRST);
        return all.subList(0, Math.min(limit, all.size()));
    }
}
