package org.openluna.matcher.bench;

import java.util.Arrays;

/** Wall-clock times of repeated runs, in nanoseconds, summarised the way the report prints them. */
final class Latencies {
    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    double medianMillis() { return percentileMillis(50); }

    double p95Millis() { return percentileMillis(95); }

    private double percentileMillis(int percentile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
