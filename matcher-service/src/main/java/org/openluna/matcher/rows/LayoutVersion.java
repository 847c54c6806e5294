package org.openluna.matcher.rows;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A sequence lock around the changes that hide rows from new searches without removing them one by
 * one: a segment rewritten without its removed rows, a store taken out of its account. A search takes
 * its snapshot of several stores between two reads of the version and takes it again if a change
 * happened meanwhile, so the stores it scans were all taken at one moment. Taking a snapshot costs
 * microseconds, so a retry is cheap and rare; the scan itself is never repeated.
 *
 * <p>Writers are already serialised by their account, so beginning and ending a change needs no lock.
 */
public final class LayoutVersion {
    private final AtomicLong version = new AtomicLong();

    /** An even version to compare against after taking a snapshot; waits while a change is under way. */
    public long stable() {
        long current;
        while (((current = version.get()) & 1) != 0) {
            Thread.onSpinWait();
        }
        return current;
    }

    public boolean isUnchanged(long stable) {
        return version.get() == stable;
    }

    /** Runs a change that hides rows from searches; writer only. */
    public void change(Runnable change) {
        version.incrementAndGet();
        try {
            change.run();
        } finally {
            version.incrementAndGet();
        }
    }
}
