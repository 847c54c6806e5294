package org.openluna.shared.handlers;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.IdList;
import org.openluna.shared.api.Times;
import org.openluna.shared.faces.Bodies;
import org.openluna.shared.faces.FaceFields;

/**
 * The {@code candidates} of a match policy (seed l.3295-3308): the faces of the account an event's
 * face is matched against, chosen with the filters of {@code GET /6/faces}. Only the filters given
 * are kept; the times stay as written, since a relative one ({@code now-2y}) is reckoned at each
 * match, not when the handler is made.
 *
 * @param origin {@code faces}, or {@code events} (refused while events are not stored, ADR 0011)
 */
public record MatchCandidatesPolicy(String origin, List<UUID> faceIds, UUID accountId, List<String> externalIds, String userData,
                                    String createTimeGte, String createTimeLt, UUID faceIdGte, UUID faceIdLt, UUID listId) {
    public static final String FACES = "faces";
    public static final String EVENTS = "events";
    static final Set<String> FACE_FIELDS = Set.of("origin", "face_ids", "account_id", "external_ids", "user_data",
            "create_time__gte", "create_time__lt", "face_id__gte", "face_id__lt", "list_id");

    public MatchCandidatesPolicy {
        Objects.requireNonNull(origin, "origin");
        faceIds = faceIds == null ? null : List.copyOf(faceIds);
        externalIds = externalIds == null ? null : List.copyOf(externalIds);
    }

    static MatchCandidatesPolicy read(PolicyNode parent) {
        var raw = parent.raw("candidates");
        if (raw == null || !raw.isObject()) {
            throw PolicyNode.invalid(parent.path("candidates"), raw == null ? "field required" : "must be an object");
        }
        var origin = raw.get("origin");
        var originPath = parent.path("candidates") + ".origin";
        if (origin == null || !origin.isString()) {
            throw PolicyNode.invalid(originPath, origin == null ? "field required" : "must be a string");
        }
        if (!origin.asString().equals(FACES) && !origin.asString().equals(EVENTS)) {
            throw PolicyNode.invalid(originPath, "must be one of ['events', 'faces']");
        }
        if (origin.asString().equals(EVENTS)) {
            // the events filters are not read: events are not stored here, so the origin itself is refused
            return new MatchCandidatesPolicy(EVENTS, null, null, null, null, null, null, null, null, null);
        }
        var node = parent.object("candidates", FACE_FIELDS);
        return new MatchCandidatesPolicy(FACES,
                node.has("face_ids") ? IdList.read(node.raw("face_ids"), node.path("face_ids"), "face", Bodies.MAX_IDS) : null,
                node.id("account_id"),
                node.strings("external_ids", Set.of(), FaceFields.MAX_EXTERNAL_ID),
                node.optionalString("user_data", 0, FaceFields.MAX_USER_DATA),
                time(node, "create_time__gte"),
                time(node, "create_time__lt"),
                node.id("face_id__gte"),
                node.id("face_id__lt"),
                node.id("list_id"));
    }

    /** RFC 3339 or relative; read only to check it, against any clock, as it is kept as text. */
    private static String time(PolicyNode node, String field) {
        var value = node.optionalString(field, 1, 64);
        if (value != null && Times.parse(value, Clock.systemUTC()).isEmpty()) {
            throw PolicyNode.invalid(node.path(field), "must be an RFC 3339 time or a relative one such as now-30d");
        }
        return value;
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("origin", origin);
        putIfGiven(json, "face_ids", faceIds);
        putIfGiven(json, "account_id", accountId);
        putIfGiven(json, "external_ids", externalIds);
        putIfGiven(json, "user_data", userData);
        putIfGiven(json, "create_time__gte", createTimeGte);
        putIfGiven(json, "create_time__lt", createTimeLt);
        putIfGiven(json, "face_id__gte", faceIdGte);
        putIfGiven(json, "face_id__lt", faceIdLt);
        putIfGiven(json, "list_id", listId);
        return json;
    }

    private static void putIfGiven(Map<String, Object> json, String field, Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
