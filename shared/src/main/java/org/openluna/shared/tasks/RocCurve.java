package org.openluna.shared.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.shared.api.Json;
import org.openluna.shared.descriptors.Descriptor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A roc task's arithmetic (seed l.9638-9645; ADR 0020). Every pair of markup faces is one match: a
 * positive pair when their labels agree, a negative one otherwise. A part takes some references and
 * compares each with every other markup face; it counts each pair once (with the faces after it in
 * the markup) into histograms of similarity, in steps of 0.001, and finds, for the top-N probability,
 * how many faces of other labels rank above the reference's best face of its own label. Parts merge
 * by adding their counts, so the curve, its area, the equal error rate and the key FPRs come out of
 * the whole markup without keeping a single pair.
 */
public final class RocCurve {
    /**
     * Similarity steps of 0.001, a similarity of 1 in a bin of its own: a part's two histograms then
     * stay well inside the 400 KB of the subtask's DynamoDB item whatever the markup.
     */
    static final int BINS = 1000;
    /** The curve as the result shows it: thresholds 0, 0.01, ... 1. */
    private static final int CURVE_STEP = BINS / 100;

    private RocCurve() {}

    /**
     * One part's counts.
     *
     * @param markupIds the markup's faces, in its order
     * @param labels their labels, the same order
     * @param references the part's faces, a slice of the markup
     * @param descriptors the markup's descriptors; a face without one (deleted since the plan) is left out
     */
    public static ObjectNode part(List<UUID> markupIds, List<String> labels, List<UUID> references, Map<UUID, Descriptor> descriptors,
                                  int topLimit, double hitThreshold) {
        var index = new HashMap<UUID, Integer>();
        for (int i = 0; i < markupIds.size(); i++) {
            index.put(markupIds.get(i), i);
        }
        var positives = new long[BINS + 1];
        var negatives = new long[BINS + 1];
        var ranks = new long[topLimit];
        long withPositives = 0;
        for (var reference : references) {
            var descriptor = descriptors.get(reference);
            if (descriptor == null) {
                continue;
            }
            int i = index.get(reference);
            double bestPositive = -1;
            var otherLabels = new ArrayList<Double>();
            for (int j = 0; j < markupIds.size(); j++) {
                var other = descriptors.get(markupIds.get(j));
                if (j == i || other == null) {
                    continue;
                }
                double similarity = descriptor.similarityTo(other);
                boolean positive = labels.get(i).equals(labels.get(j));
                if (j > i) {
                    (positive ? positives : negatives)[bin(similarity)]++;
                }
                if (positive) {
                    bestPositive = Math.max(bestPositive, similarity);
                } else {
                    otherLabels.add(similarity);
                }
            }
            if (bestPositive < 0) {
                continue;
            }
            withPositives++;
            if (bestPositive >= hitThreshold) {
                double best = bestPositive;
                long above = otherLabels.stream().filter(s -> s > best).count();
                if (above < topLimit) {
                    ranks[(int) above]++;
                }
            }
        }
        var part = Json.object();
        part.set("positives", sparse(positives));
        part.set("negatives", sparse(negatives));
        var top = part.putArray("ranks");
        for (long count : ranks) {
            top.add(count);
        }
        part.put("with_positives", withPositives);
        return part;
    }

    /** The task's result from its parts' counts. */
    public static Map<String, Object> merge(List<JsonNode> parts, List<Double> keyFprs, int topLimit) {
        var positives = new long[BINS + 1];
        var negatives = new long[BINS + 1];
        var ranks = new long[topLimit];
        long withPositives = 0;
        for (var part : parts) {
            add(positives, part.get("positives"));
            add(negatives, part.get("negatives"));
            for (int r = 0; r < topLimit; r++) {
                ranks[r] += part.get("ranks").get(r).asLong();
            }
            withPositives += part.get("with_positives").asLong();
        }
        // at or above each bin's threshold, from the top
        var tp = atOrAbove(positives);
        var fp = atOrAbove(negatives);
        long allPositive = tp[0];
        long allNegative = fp[0];
        var result = new LinkedHashMap<String, Object>();
        result.put("positive_pairs", allPositive);
        result.put("negative_pairs", allNegative);
        var curve = new ArrayList<Map<String, Object>>();
        for (int b = 0; b <= BINS; b += CURVE_STEP) {
            curve.add(point(b, tp, fp, allPositive, allNegative));
        }
        result.put("roc_curve", curve);
        result.put("auc", auc(tp, fp, allPositive, allNegative));
        result.put("eer", eer(tp, fp, allPositive, allNegative));
        var keys = new ArrayList<Map<String, Object>>();
        for (double key : keyFprs) {
            keys.add(atFpr(key, tp, fp, allPositive, allNegative));
        }
        result.put("key_FPRs", keys);
        var top = new ArrayList<Map<String, Object>>();
        long hits = 0;
        for (int n = 1; n <= topLimit; n++) {
            hits += ranks[n - 1];
            top.add(Map.of("top", n, "probability", withPositives == 0 ? 0.0 : (double) hits / withPositives));
        }
        result.put("top_n", top);
        return result;
    }

    private static int bin(double similarity) {
        return (int) Math.clamp(Math.floor(similarity * BINS), 0, BINS);
    }

    private static ObjectNode sparse(long[] bins) {
        var node = Json.object();
        for (int b = 0; b < bins.length; b++) {
            if (bins[b] > 0) {
                node.put(Integer.toString(b), bins[b]);
            }
        }
        return node;
    }

    private static void add(long[] into, JsonNode sparse) {
        sparse.properties().forEach(entry -> into[Integer.parseInt(entry.getKey())] += entry.getValue().asLong());
    }

    private static long[] atOrAbove(long[] bins) {
        var sums = new long[bins.length];
        long sum = 0;
        for (int b = bins.length - 1; b >= 0; b--) {
            sum += bins[b];
            sums[b] = sum;
        }
        return sums;
    }

    private static double rate(long count, long all) {
        return all == 0 ? 0.0 : (double) count / all;
    }

    private static Map<String, Object> point(int b, long[] tp, long[] fp, long allPositive, long allNegative) {
        var point = new LinkedHashMap<String, Object>();
        point.put("threshold", (double) b / BINS);
        point.put("tpr", rate(tp[b], allPositive));
        point.put("fpr", rate(fp[b], allNegative));
        return point;
    }

    /** The area under the curve, by trapezoids between the thresholds. */
    private static double auc(long[] tp, long[] fp, long allPositive, long allNegative) {
        double area = 0;
        for (int b = BINS; b > 0; b--) {
            double width = rate(fp[b - 1], allNegative) - rate(fp[b], allNegative);
            area += width * (rate(tp[b - 1], allPositive) + rate(tp[b], allPositive)) / 2;
        }
        // from the highest threshold's point to (0, 0)
        area += rate(fp[BINS], allNegative) * rate(tp[BINS], allPositive) / 2;
        return area;
    }

    /** The threshold where false acceptance and false rejection are nearest each other, and their rates there. */
    private static Map<String, Object> eer(long[] tp, long[] fp, long allPositive, long allNegative) {
        int best = 0;
        double gap = Double.MAX_VALUE;
        for (int b = 0; b <= BINS; b++) {
            double difference = Math.abs(rate(fp[b], allNegative) - (1 - rate(tp[b], allPositive)));
            if (difference < gap) {
                gap = difference;
                best = b;
            }
        }
        var eer = new LinkedHashMap<String, Object>();
        eer.put("threshold", (double) best / BINS);
        eer.put("fpr", rate(fp[best], allNegative));
        eer.put("fnr", 1 - rate(tp[best], allPositive));
        return eer;
    }

    /** The lowest threshold whose false positive rate is at most the key, and the true positive rate there. */
    private static Map<String, Object> atFpr(double key, long[] tp, long[] fp, long allPositive, long allNegative) {
        int b = 0;
        while (b < BINS && rate(fp[b], allNegative) > key) {
            b++;
        }
        var point = new LinkedHashMap<String, Object>();
        point.put("key_FPR", key);
        point.putAll(point(b, tp, fp, allPositive, allNegative));
        return point;
    }
}
