package org.openluna.streams.processor;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.openluna.streams.video.FrameSampler;

/**
 * Frames to faces to tracks, the loop every face analysis runs, whatever it does with the tracks that
 * end: a stream sends them as events, a clip answers with them.
 */
final class TrackingLoop {
    /** What is done with the tracks that ended at a frame, or with the video. */
    interface Ended {
        void accept(List<Track> tracks) throws InterruptedException;
    }

    private final FrameFaces faces;
    private final int minFaceSize;
    private final FaceTracker tracker;
    private double lastTime;

    TrackingLoop(FrameFaces faces, int minFaceSize, FaceTracker tracker) {
        this.faces = faces;
        this.minFaceSize = minFaceSize;
        this.tracker = tracker;
    }

    /** Reads the video to its end, and then ends every track; false when stopped first. */
    boolean run(FrameSampler sampler, BooleanSupplier stopped, Ended ended) throws InterruptedException {
        while (!stopped.getAsBoolean()) {
            var frame = sampler.next();
            if (frame.isEmpty()) {
                ended.accept(tracker.finish());
                return true;
            }
            lastTime = frame.get().timeSeconds();
            ended.accept(tracker.update(faces.find(frame.get(), minFaceSize), lastTime));
        }
        return false;
    }

    /** The time of the last frame read, in seconds of video. */
    double lastTime() {
        return lastTime;
    }
}
