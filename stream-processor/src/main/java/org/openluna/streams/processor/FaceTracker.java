package org.openluna.streams.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Follows faces from one analysed frame to the next: each face joins the nearest open track whose
 * last face it is within a face's width of (nearest pairs first, each track and face once), the others
 * open tracks of their own. A track unseen for the timeout ends, and so does every track at the end of
 * the video; an ended track seen on enough frames is handed back, the rest taken for noise.
 */
final class FaceTracker {
    private static final double SAME_PERSON = 1.0;

    private final double timeoutSeconds;
    private final int minFrames;
    private final List<Track> open = new ArrayList<>();

    FaceTracker(double timeoutSeconds, int minFrames) {
        this.timeoutSeconds = timeoutSeconds;
        this.minFrames = minFrames;
    }

    /** The faces of the frame at {@code time}; the tracks that ended by then. */
    List<Track> update(List<Sighting> faces, double time) {
        record Pair(Track track, Sighting face, double distance) {}
        var pairs = new ArrayList<Pair>();
        for (var track : open) {
            for (var face : faces) {
                double distance = face.distanceFrom(track.last());
                if (distance < SAME_PERSON) {
                    pairs.add(new Pair(track, face, distance));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::distance));
        var joinedTracks = new HashSet<Track>();
        var joinedFaces = new HashSet<Sighting>();
        for (var pair : pairs) {
            if (!joinedTracks.contains(pair.track()) && !joinedFaces.contains(pair.face())) {
                pair.track().see(pair.face());
                joinedTracks.add(pair.track());
                joinedFaces.add(pair.face());
            }
        }
        var ended = new ArrayList<Track>();
        for (var track : List.copyOf(open)) {
            if (!joinedTracks.contains(track) && time - track.last().time() > timeoutSeconds) {
                open.remove(track);
                ended.add(track);
            }
        }
        faces.stream().filter(face -> !joinedFaces.contains(face)).forEach(face -> open.add(new Track(face)));
        return worthSending(ended);
    }

    /** The video ended: every open track ends with it. */
    List<Track> finish() {
        var ended = List.copyOf(open);
        open.clear();
        return worthSending(ended);
    }

    private List<Track> worthSending(List<Track> ended) {
        return ended.stream().filter(track -> track.frames() >= minFrames).toList();
    }
}
