package org.openluna.streams.video;

/**
 * Decides which frames reach the analysis rate's slots: a frame is handed out once its time reaches the next
 * slot, and slots are 1 / rate seconds apart. Not thread-safe; one per opened video.
 */
final class SamplingSchedule {

    // pts come from integer time bases, so times meant to be equal may differ in their last bits
    private static final double TOLERANCE_SECONDS = 1e-3;

    private final double intervalSeconds;
    private double nextSlotSeconds = Double.NEGATIVE_INFINITY;

    SamplingSchedule(double framesPerSecond) {
        this.intervalSeconds = 1 / framesPerSecond;
    }

    boolean isDue(double timeSeconds) {
        // a clock that jumps back by more than a slot is a restarted stream, not a late frame
        boolean restarted = timeSeconds < nextSlotSeconds - 2 * intervalSeconds;
        if (timeSeconds < nextSlotSeconds - TOLERANCE_SECONDS && !restarted) {
            return false;
        }
        // keep the slots on their grid, so that an uneven frame rate does not lower the rate handed out,
        // unless the stream left a gap of more than a slot
        nextSlotSeconds += intervalSeconds;
        if (restarted || nextSlotSeconds <= timeSeconds) {
            nextSlotSeconds = timeSeconds + intervalSeconds;
        }
        return true;
    }
}
