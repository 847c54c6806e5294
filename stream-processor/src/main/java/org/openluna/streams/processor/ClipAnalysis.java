package org.openluna.streams.processor;

import java.util.ArrayList;
import java.util.List;
import org.openluna.protocol.video.ClipRequest;
import org.openluna.protocol.video.ClipResponse;
import org.openluna.protocol.video.ClipTrack;
import org.openluna.streams.video.DecodingOptions;
import org.openluna.streams.video.FrameSampler;
import org.openluna.streams.video.Rotation;
import org.openluna.streams.video.TimestampSource;
import org.openluna.streams.video.VideoException;
import org.openluna.streams.video.VideoReference;

/**
 * A clip analysed while its caller waits ({@code /6/videosdk}): the face analytic of a stream, its
 * tracks answered rather than sent. Only a file with a known duration of at most
 * {@link #MAX_SECONDS} is taken: the caller waits behind an HTTP request.
 */
final class ClipAnalysis {
    static final double MAX_SECONDS = 120;

    private final FrameFaces faces;
    private final ReferenceCheck check;

    ClipAnalysis(FrameFaces faces, ReferenceCheck check) {
        this.faces = faces;
        this.check = check;
    }

    ClipResponse analyse(ClipRequest request) throws InterruptedException {
        var reference = new VideoReference(request.reference());
        var options = new DecodingOptions(Rotation.ofDegrees(request.rotation()), TimestampSource.AUTO, request.ptsStartTime(), request.rate());
        var tracks = new ArrayList<ClipTrack>();
        FrameSampler opened;
        try {
            check.requireReachable(reference);
            opened = FrameSampler.open(reference, options);
        } catch (VideoException e) {
            return new ClipResponse(e.getMessage(), 0, 0, 0, 0, 1, List.of());
        }
        try (var sampler = opened) {
            var info = sampler.info();
            if (info.isLive() || info.durationSeconds() > MAX_SECONDS) {
                return new ClipResponse("a clip must be a file of at most " + (int) MAX_SECONDS + " seconds; make a stream of a longer video",
                        0, 0, 0, 0, 1, List.of());
            }
            var loop = new TrackingLoop(faces, request.minFaceSize(), new FaceTracker(request.trackTimeout(), request.minTrackFrames()));
            int errors = 0;
            try {
                loop.run(sampler, () -> false, ended -> ended.forEach(track -> tracks.add(clipTrack(track))));
            } catch (VideoException e) {
                if (request.failOnError()) {
                    return new ClipResponse(e.getMessage(), info.frameCount(), info.frameRate(), info.durationSeconds(), loop.lastTime(), 1,
                            List.of());
                }
                errors++;
            }
            return new ClipResponse(null, Math.max(0, info.frameCount()), info.frameRate(), Math.max(0, info.durationSeconds()),
                    loop.lastTime(), errors, List.copyOf(tracks));
        }
    }

    private static ClipTrack clipTrack(Track track) {
        var best = track.best();
        return new ClipTrack(track.trackId(), track.firstTime(), track.last().time(), track.frames(), best.time(), best.box(), best.score(),
                best.warp());
    }
}
