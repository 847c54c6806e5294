package org.openluna.shared.handlers;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.IdList;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.Times;
import org.openluna.shared.faces.Bodies;
import org.openluna.shared.events.EventFilterJson;
import org.openluna.shared.faces.FaceFields;
import tools.jackson.databind.JsonNode;

/**
 * The {@code candidates} of a match policy (seed l.3295-3308): the faces of the account an event's
 * face is matched against, chosen with the filters of {@code GET /6/faces}. Only the filters given
 * are kept; the times stay as written, since a relative one ({@code now-2y}) is reckoned at each
 * match, not when the handler is made.
 *
 * @param origin {@code faces}, or {@code events}
 * @param eventFilters for {@code events}, the candidates object as given: the filters of {@code GET /6/events}
 *                     written as JSON (ADR 0013), read again at each match so relative times are reckoned then;
 *                     null for {@code faces}
 */
public record MatchCandidatesPolicy(String origin, List<UUID> faceIds, UUID accountId, List<String> externalIds, String userData,
                                    String createTimeGte, String createTimeLt, UUID faceIdGte, UUID faceIdLt, UUID listId,
                                    JsonNode eventFilters) {
    public static final String FACES = "faces";
    public static final String EVENTS = "events";
    static final Set<String> FACE_FIELDS = Set.of("origin", "face_ids", "account_id", "external_ids", "user_data",
            "create_time__gte", "create_time__lt", "face_id__gte", "face_id__lt", "list_id");

    public MatchCandidatesPolicy {
        Objects.requireNonNull(origin, "origin");
        faceIds = faceIds == null ? null : List.copyOf(faceIds);
        externalIds = externalIds == null ? null : List.copyOf(externalIds);
        eventFilters = eventFilters == null ? null : eventFilters.deepCopy();
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
            // read now to refuse a bad filter when the handler is made; kept as given, for the relative times
            EventFilterJson.read(raw, parent.path("candidates"), Clock.systemUTC());
            var account = raw.get("account_id");
            if (account != null && Ids.parseUuid(account.isString() ? account.asString() : null).isEmpty()) {
                throw PolicyNode.invalid(parent.path("candidates") + ".account_id", "must be a UUID4 in lower case");
            }
            return new MatchCandidatesPolicy(EVENTS, null, account == null ? null : UUID.fromString(account.asString()), null, null,
                    null, null, null, null, null, raw);
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
                node.id("list_id"),
                null);
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
        if (eventFilters != null) {
            return Json.mapper().convertValue(eventFilters, Map.class);
        }
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
