package org.openluna.matcher.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of the machine other processes used while a line was measured: the CPU time the whole
 * machine spent busy (from /proc/stat) minus this process's own, as a share of all cores. The
 * development machines are shared, and a figure taken while others ran is slower for that reason only.
 */
final class OtherLoad {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** Linux reports /proc/stat in USER_HZ ticks, 100 a second on every common configuration. */
    private static final double TICKS_PER_SECOND = 100;

    private final long busyTicks;
    private final long allTicks;
    private final long processNanos;

    private OtherLoad(long busyTicks, long allTicks, long processNanos) {
        this.busyTicks = busyTicks;
        this.allTicks = allTicks;
        this.processNanos = processNanos;
    }

    static OtherLoad start() {
        long[] ticks = machineTicks();
        return new OtherLoad(ticks[0], ticks[1], OS.getProcessCpuTime());
    }

    /** Percent of all cores' time used by other processes since {@link #start()}. */
    double percentSinceStart() {
        long[] ticks = machineTicks();
        double busySeconds = (ticks[0] - busyTicks) / TICKS_PER_SECOND;
        double allSeconds = (ticks[1] - allTicks) / TICKS_PER_SECOND;
        double ownSeconds = (OS.getProcessCpuTime() - processNanos) / 1e9;
        return allSeconds == 0 ? 0 : Math.max(0, 100 * (busySeconds - ownSeconds) / allSeconds);
    }

    /** Busy and total ticks of all cores: user, nice, system, irq, softirq and steal count as busy. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                all += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {all - idle, all};
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/stat", e);
        }
    }
}
