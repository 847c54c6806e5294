package org.openluna.shared.streams;

import java.util.Set;
import org.openluna.protocol.video.ClipRequest;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.LunaException;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /6/videosdk} (seed l.1107-1159): a video and the analytics to run on it. The
 * seed's {@code video} object lost the name of its URL field; we take {@code url}, beside its
 * {@code orientation.angle}, {@code pts.start_time} and {@code error_handling.action}. Of LUNA's
 * analytics, {@code people_count} needs a body model (27002); ours, {@code face_events}, runs with
 * the parameters a stream gives it, less the handler: a clip's tracks are answered, not sent.
 */
public record ClipAsk(ClipRequest clip) {
    private static final Set<Integer> ANGLES = Set.of(0, 90, 180, 270);

    public static ClipAsk read(JsonNode body) {
        JsonFields.object(body, "", Set.of("video", "analytics"));
        var video = JsonFields.object(Check.required(body.get("video"), "video"), "video", Set.of("url", "orientation", "pts", "error_handling"));
        var url = Check.length(Check.required(JsonFields.string(video, "url").orElse(null), "video.url"), "video.url", 1, StreamData.MAX_REFERENCE);
        int angle = 0;
        if (video.has("orientation")) {
            var orientation = JsonFields.object(video.get("orientation"), "video.orientation", Set.of("angle"));
            if (orientation.has("angle")) {
                var value = orientation.get("angle");
                if (!value.isIntegralNumber() || !ANGLES.contains(value.asInt())) {
                    throw Check.invalid("video.orientation.angle", "value is not a valid enumeration member; permitted: 0, 90, 180, 270");
                }
                angle = value.asInt();
            }
        }
        double startTime = 0;
        if (video.has("pts")) {
            var pts = JsonFields.object(video.get("pts"), "video.pts", Set.of("start_time"));
            if (pts.has("start_time")) {
                if (!pts.get("start_time").isNumber() || pts.get("start_time").asDouble() < 0) {
                    throw Check.invalid("video.pts.start_time", "must be a number not less than 0");
                }
                startTime = pts.get("start_time").asDouble();
            }
        }
        boolean failOnError = true;
        if (video.has("error_handling")) {
            var handling = JsonFields.object(video.get("error_handling"), "video.error_handling", Set.of("action"));
            var action = JsonFields.string(handling, "action").orElse("fail");
            if (!action.equals("fail") && !action.equals("ignore")) {
                throw Check.invalid("video.error_handling.action", "value is not a valid enumeration member; permitted: 'fail', 'ignore'");
            }
            failOnError = action.equals("fail");
        }
        var analytics = Check.required(body.get("analytics"), "analytics");
        if (!analytics.isArray() || analytics.size() != 1) {
            throw Check.invalid("analytics", "must be an array of one analytic");
        }
        var analytic = JsonFields.object(analytics.get(0), "analytics.0", Set.of("name", "targets", "parameters"));
        var name = Check.required(JsonFields.string(analytic, "name").orElse(null), "analytics.0.name");
        if (!name.equals(AnalyticsCatalogue.FACE_EVENTS_NAME)) {
            AnalyticsCatalogue.byName(name, "analytics.0.name");
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "analytic '" + name + "' on /6/videosdk");
        }
        var given = analytic.has("parameters") ? analytic.get("parameters") : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        var parameters = AnalyticsCatalogue.FACE_EVENTS_OF_CLIPS.read(given, "analytics.0.parameters");
        return new ClipAsk(new ClipRequest(url, angle, startTime, number(parameters.get("rate")), (int) number(parameters.get("min_face_size")),
                number(parameters.get("track_timeout")), (int) number(parameters.get("min_track_frames")), failOnError));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
