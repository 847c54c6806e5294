package org.openluna.functions.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.functions.detector.FaceDetection.Rect;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.ImageBatch;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.MsgpackBodies;
import org.openluna.shared.api.Times;
import org.openluna.shared.events.Location;
import org.openluna.shared.faces.FaceFields;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /6/handlers/{handler_id}/stream_events} (seed l.7234-7250): face warps a
 * video client cut out of its frames, grouped by source (a frame), each with the box it had in the
 * frame and the facts of the event it belongs to ({@code source_data}). msgpack as the seed has it,
 * warps as binary; JSON with base64 warps too, for debugging, as elsewhere.
 *
 * <p>Each warp is one {@link Frame}. Without {@code aggregate_attributes} every warp is an event of its
 * own, made with its own {@code source_data}; with it, the warps of one source are one event, made
 * with the first warp's {@code source_data} (ADR 0013). A dynamic handler's policies come in the
 * {@code policies} field, as with a JSON body of its events.
 */
record StreamEventsBody(boolean aggregate, boolean useExif, List<Frame> frames, JsonNode policies) {
    static final Set<String> CONTENT_TYPES = Set.of(MsgpackBodies.MSGPACK, "application/json");
    private static final String SOURCE_TYPE = "detections";

    /**
     * One warp: the image the pipeline reads, whether it is taken at the client's word (a trusted
     * detection is not looked for again), where it was in the frame and when, the event's facts, and
     * the event it falls into.
     */
    record Frame(Image warp, boolean trusted, Rect originBox, Instant detectTime, Double detectTs, GenerationQuery query,
                 int group) {}

    static StreamEventsBody read(ApiRequest req, Clock clock) {
        var contentType = req.contentType().orElseThrow(() -> new LunaException(ErrorCode.BAD_CONTENT_TYPE));
        if (!CONTENT_TYPES.contains(contentType)) {
            throw new LunaException(ErrorCode.BAD_CONTENT_TYPE);
        }
        JsonNode tree = contentType.equals(MsgpackBodies.MSGPACK) ? MsgpackBodies.tree(req.body()) : Json.tree(req.body());
        var body = StreamNode.of(tree, "");
        boolean aggregate = body.flag("aggregate_attributes", null) == 1;
        boolean useExif = body.flag("use_exif_info", 1) == 1;
        var frames = new ArrayList<Frame>();
        var sources = body.objects("sources");
        for (int s = 0; s < sources.size(); s++) {
            var source = sources.get(s);
            var type = source.string("source_type", Integer.MAX_VALUE);
            if (!SOURCE_TYPE.equals(type)) {
                throw Check.invalid(source.path("source_type"), "value is not a valid enumeration member; permitted: 'detections'");
            }
            var filename = source.string("filename", Integer.MAX_VALUE);
            var detectTime = source.time("detect_time");
            var detectTs = source.number("detect_ts", 0, Double.MAX_VALUE);
            for (var detection : source.objects("source")) {
                int group = aggregate ? s : frames.size();
                var bodyNode = detection.object("body");
                var warp = Image.of(filename, null, bodyNode.bytes("warp"));
                var box = box(bodyNode.object("origin_bounding_box"));
                boolean trusted = detection.flag("trusted_detections", 1) == 1;
                var query = query(detection.object("source_data"), aggregate, useExif, trusted, clock);
                frames.add(new Frame(warp, trusted, box, detectTime != null ? detectTime : query.createTime(), detectTs, query,
                        group));
            }
        }
        ImageBatch.requireWithinLimit(frames.size());
        return new StreamEventsBody(aggregate, useExif, List.copyOf(frames), tree.get("policies"));
    }

    private static Rect box(StreamNode box) {
        return new Rect(box.integer("x", 0, Integer.MAX_VALUE), box.integer("y", 0, Integer.MAX_VALUE),
                box.integer("width", 1, Integer.MAX_VALUE), box.integer("height", 1, Integer.MAX_VALUE));
    }

    /** What the query and headers give a handler's events, given here per warp (seed l.7247). */
    private static GenerationQuery query(StreamNode data, boolean aggregate, boolean useExif, boolean trusted, Clock clock) {
        var location = Location.NONE;
        if (data.has("location")) {
            var place = data.object("location");
            Double longitude = null;
            Double latitude = null;
            if (place.has("geo_position")) {
                var geo = place.object("geo_position");
                longitude = geo.number("longitude", -180, 180);
                latitude = geo.number("latitude", -90, 90);
            }
            location = new Location(place.string("city", Location.MAX_PART), place.string("area", Location.MAX_PART),
                    place.string("district", Location.MAX_PART), place.string("street", Location.MAX_PART),
                    place.string("house_number", Location.MAX_PART), longitude, latitude);
        }
        var created = data.time("event_time");
        if (created == null) {
            created = Times.now(clock);
        }
        var ended = data.time("event_end_time");
        var externalId = data.string("external_id", FaceFields.MAX_EXTERNAL_ID);
        var userData = data.string("user_data", FaceFields.MAX_USER_DATA);
        return new GenerationQuery(location, externalId == null ? "" : externalId, userData == null ? "" : userData, trusted,
                aggregate, data.string("source", GenerationQuery.MAX_SOURCE), data.id("stream_id"),
                data.strings("tags", GenerationQuery.MAX_TAG), data.matching("track_id", GenerationQuery.TRACK_ID), useExif,
                created, ended != null ? ended : created);
    }
}
