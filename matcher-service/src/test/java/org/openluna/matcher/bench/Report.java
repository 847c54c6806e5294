package org.openluna.matcher.bench;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's table: each line printed as it is measured, and the whole table again at the end. */
public final class Report {
    private final List<String> lines = new ArrayList<>();

    /** A measured line; comparisons/s is taken at the median time. */
    public void row(int faces, String what, Latencies times, long comparisonsPerRun) {
        double median = times.medianMillis();
        add(String.format("| %,d | %s | %.2f | %.2f | %.2f | %,.1f M | %.0f%% |", faces, what, median, times.p95Millis(),
                times.bestMillis(), comparisonsPerRun / median / 1e3, times.otherLoadPercent()));
    }

    /** A line of times that are not searches (writes), so without comparisons. */
    public void timesOnly(int faces, String what, Latencies times) {
        add(String.format("| %,d | %s | %.3f | %.3f | %.3f | | %.0f%% |", faces, what, times.medianMillis(), times.p95Millis(),
                times.bestMillis(), times.otherLoadPercent()));
    }

    public void print() {
        System.out.println();
        System.out.println("| faces | what | median ms | p95 ms | best ms | comparisons/s at the median | CPU used by other processes |");
        System.out.println("|---|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
    }

    private void add(String line) {
        lines.add(line);
        System.out.println(line);
    }
}
