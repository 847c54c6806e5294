package org.openluna.localstack;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waiting for what the platform promises to do soon rather than at once: a face written reaches the
 * matcher through the table's stream, a moment after the write answers.
 */
final class Eventually {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Eventually() {}

    /** The first value that satisfies the check, asked again every 50 ms; an assertion error after 30 s. */
    static <T> T value(String what, Supplier<T> value, java.util.function.Predicate<T> check) {
        return value(what, value, check, PATIENCE);
    }

    /** As {@link #value(String, Supplier, java.util.function.Predicate)}, for work that takes longer than 30 s. */
    static <T> T value(String what, Supplier<T> value, java.util.function.Predicate<T> check, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            var current = value.get();
            if (check.test(current)) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + patience + ": " + what + "; last seen " + current);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
