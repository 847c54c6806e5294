package org.openluna.streams.processor;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openluna.protocol.ProtocolException;
import org.openluna.shared.api.Times;
import org.openluna.shared.streams.AnalyticUse;
import org.openluna.shared.streams.AnalyticsCatalogue;
import org.openluna.shared.streams.Stream;
import org.openluna.shared.streams.StreamLog;
import org.openluna.shared.streams.StreamStatus;
import org.openluna.streams.video.DecodingOptions;
import org.openluna.streams.video.FrameSampler;
import org.openluna.streams.video.Rotation;
import org.openluna.streams.video.TimestampSource;
import org.openluna.streams.video.VideoException;
import org.openluna.streams.video.VideoReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one stream on the processor holding its lease (ADR 0024): opens the video, finds and
 * follows faces on frames taken at the analytic's rate, and sends each track's best shot to the
 * handler. A video file that ends is {@code done}; a network stream that ends, or any video that cannot
 * be read, fails, and is opened again after the delay while its {@code autorestart} allows. Every
 * status it writes is conditioned on still holding this run: once a client stops, resumes, replaces or
 * deletes the stream, or another processor takes it, the run only stops.
 */
final class StreamRun implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(StreamRun.class);
    private static final int SEND_TRIES = 3;

    private final Stream stream;
    private final String jwt;
    private final RunContext context;
    /** The video time up to which every track was sent: a file's, read again after a crash, skips those. */
    private double sentUntil;
    private volatile boolean cancelled;

    StreamRun(Stream stream, String jwt, double sentUntil, RunContext context) {
        this.stream = stream;
        this.jwt = jwt;
        this.sentUntil = sentUntil;
        this.context = context;
    }

    Stream stream() {
        return stream;
    }

    /** Stops at the next frame; nothing more is written. */
    void cancel() {
        cancelled = true;
    }

    @Override
    public void run() {
        int restarts = stream.status() == StreamStatus.RESTART ? stream.restarts() : 0;
        while (!cancelled) {
            if (!report(StreamStatus.IN_PROGRESS, null, restarts, null)) {
                return;
            }
            String error;
            try {
                if (analyse()) {
                    report(StreamStatus.DONE, null, restarts, null);
                    return;
                }
                error = cancelled ? null : "the stream ended";
            } catch (VideoException e) {
                error = e.getMessage();
            } catch (ProtocolException e) {
                log.warn("stream {}: the inference service failed", stream.streamId(), e);
                error = "the inference service is unavailable";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (cancelled) {
                return;
            }
            var autorestart = stream.definition().autorestart();
            if (!autorestart.restart() || restarts >= autorestart.attemptCount()) {
                report(StreamStatus.FAILURE, error, restarts, null);
                return;
            }
            restarts++;
            if (!report(StreamStatus.RESTART, error, restarts, Times.now(context.clock())) || !pause(autorestart.delaySeconds())) {
                return;
            }
        }
    }

    /** Runs the video to its end; true for a file read whole, false when cancelled or a network stream ended. */
    private boolean analyse() throws InterruptedException {
        var data = stream.definition().data();
        var analytic = faceAnalytic();
        var options = new DecodingOptions(Rotation.ofDegrees(data.rotation()), TimestampSource.parse(data.timestampSource()),
                data.ptsStartTime(), analytic.number("rate"));
        var tracker = new FaceTracker(analytic.number("track_timeout"), (int) analytic.number("min_track_frames"));
        var reference = new VideoReference(data.reference());
        context.sources().requireReachable(reference);
        try (var sampler = FrameSampler.open(reference, options)) {
            var loop = new TrackingLoop(context.faces(), (int) analytic.number("min_face_size"), tracker);
            return loop.run(sampler, () -> cancelled, ended -> send(ended, analytic, loop.lastTime())) && data.isFile();
        }
    }

    private AnalyticUse faceAnalytic() {
        return stream.definition().analytics().stream().filter(a -> a.analytic().equals(AnalyticsCatalogue.FACE_EVENTS)).findFirst()
                .orElseThrow(() -> new IllegalStateException("stream " + stream.streamId() + " runs no analytic this processor knows"));
    }

    /**
     * Each track's best shot, in the order the tracks ended; a handler that refuses it is logged and the
     * stream goes on. The frame read now is now, and a track's times are as far before it as the video
     * says: a camera's events keep their real times, and a file read faster than it plays gives events
     * of the past, never of the future, which listings would hide until then. A file's
     * tracks ending by {@link #sentUntil} were sent by an earlier holder of this
     * run, and after each track sent the mark moves on, so a file read again after a crash sends each
     * track once (a network stream's times start again with each connection, so it keeps no mark).
     */
    private void send(List<Track> tracks, AnalyticUse analytic, double frameTime) throws InterruptedException {
        var now = Times.now(context.clock());
        boolean file = stream.definition().data().isFile();
        var ended = tracks.stream().sorted(java.util.Comparator.comparingDouble(t -> t.last().time())).toList();
        for (var track : ended) {
            if (file && track.last().time() <= sentUntil) {
                continue;
            }
            var best = track.best();
            var shot = new EventSender.Shot(stream.streamId(), track.trackId(), stream.definition().name(), stream.definition().location(),
                    best, before(now, frameTime - best.time()), before(now, frameTime - track.last().time()));
            for (int attempt = 1; attempt <= SEND_TRIES && !cancelled; attempt++) {
                try {
                    var outcome = context.events().send(analytic.handlerId(), jwt, shot);
                    if (!outcome.sent()) {
                        log.warn("stream {}: handler {} refused track {}: {} {}", stream.streamId(), analytic.handlerId(), track.trackId(),
                                outcome.status(), outcome.body());
                    }
                    break;
                } catch (IOException e) {
                    if (attempt == SEND_TRIES) {
                        log.error("stream {}: track {} was not sent", stream.streamId(), track.trackId(), e);
                        break;
                    }
                    log.warn("stream {}: sending track {} failed (try {} of {})", stream.streamId(), track.trackId(), attempt, SEND_TRIES, e);
                    Thread.sleep(Duration.ofSeconds(attempt));
                }
            }
            if (file && !cancelled) {
                sentUntil = track.last().time();
                if (!context.streams().setSentUntil(stream.accountId(), stream.streamId(), stream.lease(), sentUntil)) {
                    cancel();
                }
            }
        }
    }

    private static Instant before(Instant now, double seconds) {
        return now.minusNanos((long) (seconds * 1e9));
    }

    /** Writes the run's status and logs it; false when the run is no longer this processor's, and then it stops. */
    private boolean report(StreamStatus status, String error, int restarts, Instant restartTime) {
        if (!context.streams().setByProcessor(stream.accountId(), stream.streamId(), stream.lease(), status, error, restarts, restartTime)) {
            cancel();
            return false;
        }
        context.logs().add(stream.accountId(), new StreamLog(stream.streamId(), Times.now(context.clock()), status, error));
        return true;
    }

    /** Waits the restart delay, holding the lease; false when cancelled meanwhile. */
    private boolean pause(int seconds) {
        var until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try {
            while (!cancelled && System.nanoTime() < until) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !cancelled;
    }
}
