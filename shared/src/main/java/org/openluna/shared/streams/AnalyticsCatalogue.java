package org.openluna.shared.streams;

import static org.openluna.shared.streams.AnalyticParameter.Kind.ID;
import static org.openluna.shared.streams.AnalyticParameter.Kind.INTEGER;
import static org.openluna.shared.streams.AnalyticParameter.Kind.NUMBER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * The analytics streams may run (ADR 0024). The seed leaves the catalogue to the deployment; ours is
 * written here, so {@code /6/analytics} is read-only. Analytics LUNA offers that need a body model
 * are known by name and refused with 27002 until one exists.
 */
public final class AnalyticsCatalogue {
    public static final String FACE_EVENTS_NAME = "face_events";
    /** When this version of the catalogue was written: its analytics' {@code create_time}. */
    private static final Instant WRITTEN = Instant.parse("2026-12-07T00:00:00Z");

    public static final Analytic FACE_EVENTS = new Analytic(FACE_EVENTS_NAME,
            "Finds faces on the stream's frames, follows each person across frames, and sends the best shot of each"
                    + " person's track to a handler as a stream event.",
            1,
            List.of(AnalyticParameter.required("handler_id", ID, "The handler each track's best shot is sent to as a stream event."),
                    new AnalyticParameter("rate", NUMBER, 0.1, 30, 5.0, "Frames analysed per second of video."),
                    new AnalyticParameter("min_face_size", INTEGER, 20, 1024, 40L, "The smallest face looked for, in pixels."),
                    new AnalyticParameter("track_timeout", NUMBER, 0.1, 60, 1.0,
                            "Seconds of video a person may be unseen before the track ends and its best shot is sent."),
                    new AnalyticParameter("min_track_frames", INTEGER, 1, 1000, 2L,
                            "Analysed frames a track must be seen in to be sent; shorter ones are taken for noise.")),
            WRITTEN, "analytics/face_events.html");

    /** The face analytic as {@code /6/videosdk} runs it on a clip: its tracks are answered, so it takes no handler. */
    public static final Analytic FACE_EVENTS_OF_CLIPS = new Analytic(FACE_EVENTS_NAME, FACE_EVENTS.description(), FACE_EVENTS.version(),
            FACE_EVENTS.parameters().stream().filter(p -> !p.name().equals("handler_id")).toList(), WRITTEN, FACE_EVENTS.docsResource());

    private static final List<Analytic> ALL = List.of(FACE_EVENTS);
    private static final Set<String> NEED_A_BODY_MODEL = Set.of("people_count", "people_counter", "body_events");

    private AnalyticsCatalogue() {}

    public static List<Analytic> all() {
        return ALL;
    }

    public static Optional<Analytic> byId(UUID id) {
        return ALL.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The analytic of this name; 27002 for one that needs a model this platform lacks, 12022 for an unknown one. */
    public static Analytic byName(String name, String path) {
        if (NEED_A_BODY_MODEL.contains(name)) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "analytic '" + name + "' (it needs a body model)");
        }
        return ALL.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> org.openluna.shared.api.Check.invalid(path, "no analytic is named '" + name + "'"));
    }
}
