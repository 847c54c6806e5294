package org.openluna.streams.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.msgpack.jackson.dataformat.MessagePackMapper;
import org.openluna.shared.api.Times;
import org.openluna.shared.events.Location;

/**
 * Sends a track's best shot to a handler as a stream event, through the platform's own API as any
 * video client would ({@code POST /6/handlers/{id}/stream_events}, seed l.7234), msgpack with the warp
 * as binary. The warp is the inference service's aligned sample, so the detection is trusted and not
 * looked for again. Handler policies, matching, storage and the Sender then work as for any event.
 */
final class EventSender {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final MessagePackMapper MSGPACK = new MessagePackMapper();

    private final HttpClient http;
    private final URI api;

    EventSender(HttpClient http, URI api) {
        this.http = http;
        this.api = api;
    }

    /** What the handler made of a shot: its event ids, or why it refused (a status and the API's error body). */
    record Outcome(int status, String body) {
        boolean sent() {
            return status / 100 == 2;
        }
    }

    /** One event of the track; a 5xx or no answer is an IOException, so the caller may try again. */
    Outcome send(UUID handlerId, String jwt, Shot shot) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(api.resolve("/6/handlers/" + handlerId + "/stream_events")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + jwt).header("Content-Type", "application/msgpack")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(shot))).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new IOException("the handler answered " + response.statusCode() + ": " + response.body());
        }
        return new Outcome(response.statusCode(), response.body());
    }

    /** A track's best shot and the facts of its event. */
    record Shot(UUID streamId, String trackId, String source, Location location, Sighting best, Instant eventTime, Instant endTime) {}

    private static byte[] body(Shot shot) {
        var box = shot.best().box();
        // a face cut by the frame's edge has its box begin outside it; the event takes the part inside
        int x = Math.max(0, box.x());
        int y = Math.max(0, box.y());
        int width = Math.max(1, box.width() - (x - box.x()));
        int height = Math.max(1, box.height() - (y - box.y()));
        var data = new LinkedHashMap<String, Object>();
        data.put("stream_id", shot.streamId().toString());
        data.put("track_id", shot.trackId());
        data.put("event_time", Times.format(shot.eventTime()));
        data.put("event_end_time", Times.format(shot.endTime()));
        if (!shot.source().isEmpty()) {
            data.put("source", shot.source());
        }
        var location = new LinkedHashMap<>(shot.location().toJson());
        location.values().removeIf(java.util.Objects::isNull);
        if (!location.isEmpty()) {
            data.put("location", location);
        }
        var detection = Map.of(
                "body", Map.of("warp", shot.best().warp(),
                        "origin_bounding_box", Map.of("x", x, "y", y, "width", width, "height", height)),
                "trusted_detections", 1,
                "source_data", data);
        var source = Map.of("source_type", "detections", "filename", "stream " + shot.streamId(), "detect_time",
                Times.format(shot.eventTime()), "source", List.of(detection));
        try {
            return MSGPACK.writeValueAsBytes(Map.of("aggregate_attributes", 0, "sources", List.of(source)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
