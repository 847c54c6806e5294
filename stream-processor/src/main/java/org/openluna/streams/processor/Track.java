package org.openluna.streams.processor;

import java.util.UUID;

/** One person followed across frames: where they were last, for how many frames, and their best shot so far. */
final class Track {
    private final String trackId = UUID.randomUUID().toString();
    private final double firstTime;
    private Sighting last;
    private Sighting best;
    private int frames;

    Track(Sighting first) {
        this.firstTime = first.time();
        see(first);
    }

    void see(Sighting sighting) {
        last = sighting;
        frames++;
        if (best == null || sighting.quality() > best.quality()) {
            best = sighting;
        }
    }

    String trackId() { return trackId; }

    Sighting last() { return last; }

    Sighting best() { return best; }

    int frames() { return frames; }

    double firstTime() { return firstTime; }
}
