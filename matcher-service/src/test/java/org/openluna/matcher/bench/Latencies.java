package org.openluna.matcher.bench;

import java.util.Arrays;

/**
 * Wall-clock times of repeated runs, in nanoseconds, summarised the way the report prints them, with
 * the share of the machine that other processes took from creation to the summary.
 */
public final class Latencies {
    private final long[] nanos;
    private final OtherLoad otherLoad = OtherLoad.start();
    private int count;

    public Latencies(int capacity) {
        nanos = new long[capacity];
    }

    double otherLoadPercent() { return otherLoad.percentSinceStart(); }

    double bestMillis() { return percentileMillis(0); }

    public void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    public double medianMillis() { return percentileMillis(50); }

    double p95Millis() { return percentileMillis(95); }

    private double percentileMillis(int percentile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
