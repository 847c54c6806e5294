package org.openluna.shared.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the benchmarks need to tell their own CPU from other processes' on a shared machine, and to
 * pick the turn that stands for a setting.
 */
public final class MachineLoad {
    /** Other processes took under this share of the cores: the turn counts as undisturbed. */
    public static final double UNDISTURBED = 0.05;

    private MachineLoad() {}

    /** CPU time all processes spent, from /proc/stat (Linux, in clock ticks of 1/100 s); 0 where it cannot be read. */
    public static double machineBusySeconds() {
        try {
            var fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i <= 8; i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(fields[i]);   // all but idle and iowait
            }
            return busy / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The median turn, by {@code rate}, of those other processes left alone; the least disturbed when none was. */
    public static <T> T representative(List<T> turns, ToDoubleFunction<T> othersBusy, ToDoubleFunction<T> rate) {
        var undisturbed = new ArrayList<>(turns.stream().filter(turn -> othersBusy.applyAsDouble(turn) < UNDISTURBED).toList());
        if (undisturbed.isEmpty()) {
            return turns.stream().min(Comparator.comparingDouble(othersBusy)).orElseThrow();
        }
        undisturbed.sort(Comparator.comparingDouble(rate));
        return undisturbed.get(undisturbed.size() / 2);
    }
}
