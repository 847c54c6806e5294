package org.openluna.shared.streams;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.LunaException;
import tools.jackson.databind.JsonNode;

/**
 * A stream's {@code data} (seed l.15262-15271; its field table is lost, ADR 0024): what to read and how
 * to time its frames. {@code videofile} is a file read once to its end ({@code done}); {@code tcp} and
 * {@code udp} are network streams (RTSP over that transport, or HTTP) that run until stopped.
 *
 * @param rotation degrees clockwise applied to every frame
 * @param ptsStartTime seconds added to every frame's time
 */
public record StreamData(String type, String reference, boolean downloadable, String timestampSource, int rotation,
                         double ptsStartTime) {
    public static final int MAX_REFERENCE = 512;
    private static final Set<String> TYPES = Set.of("videofile", "tcp", "udp", "images");
    private static final Set<String> SCHEMES = Set.of("file", "http", "https", "rtsp");
    private static final Set<String> TIMESTAMP_SOURCES = Set.of("auto", "pts", "frame_num");
    private static final Set<Integer> ROTATIONS = Set.of(0, 90, 180, 270);

    public static StreamData read(JsonNode node, String path) {
        JsonFields.object(node, path, Set.of("type", "reference", "downloadable", "timestamp_source", "rotation", "pts"));
        var type = Check.required(JsonFields.string(node, "type").orElse(null), path + ".type");
        if (!TYPES.contains(type)) {
            throw Check.invalid(path + ".type", "value is not a valid enumeration member; permitted: 'videofile', 'tcp', 'udp', 'images'");
        }
        if (type.equals("images")) {
            // a folder of frames needs a listing of its files the seed does not describe
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "streams of type 'images'");
        }
        var reference = Check.length(Check.required(JsonFields.string(node, "reference").orElse(null), path + ".reference"),
                path + ".reference", 1, MAX_REFERENCE);
        requireReadable(reference, path + ".reference");
        var downloadable = node.has("downloadable") ? flag(node.get("downloadable"), path + ".downloadable") : false;
        var timestampSource = JsonFields.string(node, "timestamp_source").orElse("auto");
        if (!TIMESTAMP_SOURCES.contains(timestampSource)) {
            throw Check.invalid(path + ".timestamp_source", "value is not a valid enumeration member; permitted: 'auto', 'pts', 'frame_num'");
        }
        int rotation = 0;
        if (node.has("rotation")) {
            var value = node.get("rotation");
            if (!value.isIntegralNumber() || !ROTATIONS.contains(value.asInt())) {
                throw Check.invalid(path + ".rotation", "value is not a valid enumeration member; permitted: 0, 90, 180, 270");
            }
            rotation = value.asInt();
        }
        double startTime = 0;
        if (node.has("pts")) {
            var pts = JsonFields.object(node.get("pts"), path + ".pts", Set.of("start_time"));
            if (pts.has("start_time")) {
                var value = pts.get("start_time");
                if (!value.isNumber() || value.asDouble() < 0) {
                    throw Check.invalid(path + ".pts.start_time", "must be a number not less than 0");
                }
                startTime = value.asDouble();
            }
        }
        return new StreamData(type, reference, downloadable, timestampSource, rotation, startTime);
    }

    /** Whether it is read once to its end rather than followed until stopped. */
    public boolean isFile() {
        return type.equals("videofile");
    }

    /**
     * The server a network reference reaches, as an HTTP URL, so that it is judged by host and port as
     * a callback's is (ADR 0016): an RTSP server on its port, 554 when none is given.
     */
    public static URI serverOf(URI reference) {
        if (!reference.getScheme().equalsIgnoreCase("rtsp")) {
            return reference;
        }
        try {
            return new URI("http", null, reference.getHost(), reference.getPort() != -1 ? reference.getPort() : 554, "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + reference, e);
        }
    }

    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("type", type);
        json.put("reference", reference);
        json.put("downloadable", downloadable);
        json.put("timestamp_source", timestampSource);
        json.put("rotation", rotation);
        json.put("pts", Map.of("start_time", ptsStartTime));
        return json;
    }

    private static boolean flag(JsonNode value, String path) {
        if (!value.isBoolean()) {
            throw Check.invalid(path, "must be a boolean");
        }
        return value.asBoolean();
    }

    /** A URL of a scheme FFmpeg reads here; anything else would only fail later, in the processor. */
    private static void requireReadable(String reference, String path) {
        try {
            var uri = new URI(reference);
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
                throw Check.invalid(path, "must be a URL of scheme file, http, https or rtsp");
            }
        } catch (URISyntaxException e) {
            throw Check.invalid(path, "must be a URL");
        }
    }
}
