package org.openluna.functions.events;

import static org.openluna.shared.api.QueryParams.bad;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.Times;
import org.openluna.shared.events.Location;
import org.openluna.shared.faces.FaceFields;

/**
 * The query and headers of {@code POST /6/handlers/{handler_id}/events} (seed l.6190-6214): what every
 * event of the request carries (place, source, tags, track, ids given by the client), how the images are
 * to be read, and the events' times. {@code Luna-Event-Time} and {@code Luna-Event-End-Time} are RFC 3339;
 * "any other format is ignored" (l.6209), so a bad one falls back to now.
 *
 * @param imageType 0 a photo, 1 a face sample (warp); 2, a body warp, is refused: no body model here
 * @param endTime the creation time unless given
 */
record GenerationQuery(Location location, String externalId, String userData, boolean faceWarps, boolean aggregate,
                       String source, UUID streamId, List<String> tags, String trackId, boolean useExif, Instant createTime,
                       Instant endTime) {
    static final Pattern TRACK_ID = Pattern.compile("^[a-zA-Z0-9_\\-]{1,36}$");
    static final int MAX_SOURCE = 128;
    static final int MAX_TAG = 36;

    static GenerationQuery parse(ApiRequest req, Clock clock) {
        var query = req.query();
        var location = new Location(place(query, "city"), place(query, "area"), place(query, "district"), place(query, "street"),
                place(query, "house_number"), coordinate(query, "longitude", 180), coordinate(query, "latitude", 90));
        int imageType = query.oneOf("image_type", Set.of(0, 1, 2)).orElse(0);
        if (imageType == 2) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "image_type 2 (body warps)");
        }
        var tags = query.list("tags", Set.of()).orElse(List.of());
        if (tags.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            throw bad("tags");
        }
        var trackId = query.string("track_id").orElse(null);
        if (trackId != null && !TRACK_ID.matcher(trackId).matches()) {
            throw bad("track_id");
        }
        var created = time(req, "Luna-Event-Time").orElse(Times.now(clock));
        var ended = time(req, "Luna-Event-End-Time").orElse(created);
        return new GenerationQuery(location,
                limited(query, "external_id", FaceFields.MAX_EXTERNAL_ID).orElse(""),
                limited(query, "user_data", FaceFields.MAX_USER_DATA).orElse(""),
                imageType == 1,
                query.flag("aggregate_attributes", false),
                limited(query, "source", MAX_SOURCE).orElse(null),
                query.uuid("stream_id").orElse(null),
                tags,
                trackId,
                query.flag("use_exif_info", true),
                created,
                ended);
    }

    private static String place(QueryParams query, String name) {
        return limited(query, name, Location.MAX_PART).orElse(null);
    }

    private static Optional<String> limited(QueryParams query, String name, int max) {
        var value = query.string(name);
        if (value.isPresent() && value.get().length() > max) {
            throw bad(name);
        }
        return value;
    }

    private static Double coordinate(QueryParams query, String name, double limit) {
        return query.string(name).isPresent() ? query.number(name, 0, -limit, limit) : null;
    }

    /** Kept to milliseconds, as every stored time is: an event's keys sort by its time as text. */
    private static Optional<Instant> time(ApiRequest req, String header) {
        return req.header(header).flatMap(Times::parseAbsolute).map(t -> t.truncatedTo(ChronoUnit.MILLIS));
    }
}
