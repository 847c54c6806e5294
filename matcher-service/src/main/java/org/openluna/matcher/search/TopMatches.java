package org.openluna.matcher.search;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The best matches of one query seen so far by one thread: a bounded heap, in primitive arrays so that
 * offering a row allocates nothing, with the worst kept match at the root (lowest similarity; among
 * equal similarities the last face id in {@link Match#BEST_FIRST} order).
 *
 * <p>When the candidates may hold a face twice ({@code CandidateRows.mayRepeatFaces}), a face already
 * kept is not kept again; it keeps the higher of its similarities. That check scans the kept matches,
 * at most {@code limit}, but only for rows good enough to enter, which after the first few are rare.
 */
final class TopMatches {
    private final int limit;
    private final double threshold;
    private final boolean mayRepeatFaces;
    private final double[] similarities;
    private final long[] highs;
    private final long[] lows;
    private int size;

    TopMatches(int limit, double threshold, boolean mayRepeatFaces) {
        this.limit = limit;
        this.threshold = threshold;
        this.mayRepeatFaces = mayRepeatFaces;
        similarities = new double[limit];
        highs = new long[limit];
        lows = new long[limit];
    }

    static TopMatches[] perQuery(int queries, long candidates, SearchRequest request, boolean mayRepeatFaces) {
        // a search of k faces among fewer candidates needs no room for k
        int limit = (int) Math.min(request.limit(), Math.max(1, candidates));
        var tops = new TopMatches[queries];
        for (int i = 0; i < queries; i++) {
            tops[i] = new TopMatches(limit, request.threshold(), mayRepeatFaces);
        }
        return tops;
    }

    /**
     * The lowest similarity that can still enter. A row below it can be skipped without calling
     * {@link #offer}; one equal to it may still enter on the face-id order.
     */
    double bar() {
        return size < limit ? threshold : similarities[0];
    }

    void offer(double similarity, long high, long low) {
        if (similarity < threshold) {
            return;
        }
        if (mayRepeatFaces) {
            int existing = indexOf(high, low);
            if (existing >= 0) {
                if (similarity > similarities[existing]) {
                    similarities[existing] = similarity;
                    siftDown(existing);
                }
                return;
            }
        }
        if (size < limit) {
            set(size, similarity, high, low);
            siftUp(size++);
        } else if (isWorse(0, similarity, high, low)) {
            set(0, similarity, high, low);
            siftDown(0);
        }
    }

    void offerAll(TopMatches other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.similarities[i], other.highs[i], other.lows[i]);
        }
    }

    List<Match> bestFirst() {
        var matches = new ArrayList<Match>(size);
        for (int i = 0; i < size; i++) {
            matches.add(new Match(new UUID(highs[i], lows[i]), similarities[i]));
        }
        matches.sort(Match.BEST_FIRST);
        return matches;
    }

    private int indexOf(long high, long low) {
        for (int i = 0; i < size; i++) {
            if (highs[i] == high && lows[i] == low) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the kept match at {@code i} ranks below the given one. */
    private boolean isWorse(int i, double similarity, long high, long low) {
        if (similarities[i] != similarity) {
            return similarities[i] < similarity;
        }
        return Match.compareFaceIds(highs[i], lows[i], high, low) > 0;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!isWorse(i, similarities[parent], highs[parent], lows[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int worst = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && isWorse(left, similarities[worst], highs[worst], lows[worst])) {
                worst = left;
            }
            if (right < size && isWorse(right, similarities[worst], highs[worst], lows[worst])) {
                worst = right;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void set(int i, double similarity, long high, long low) {
        similarities[i] = similarity;
        highs[i] = high;
        lows[i] = low;
    }

    private void swap(int a, int b) {
        double similarity = similarities[a];
        long high = highs[a];
        long low = lows[a];
        set(a, similarities[b], highs[b], lows[b]);
        set(b, similarity, high, low);
    }
}
