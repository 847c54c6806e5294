package org.openluna.shared.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The best candidate over every match policy of an event, as a stored event shows it (seed l.8742-8747):
 * the face or event it is, its similarity, the label of the policy that found it, and its external id.
 *
 * @param kind {@code face} or {@code event}: which id the candidate has
 * @param externalId null when the candidate has none
 */
public record TopMatch(String kind, UUID objectId, double similarity, String label, String externalId) {
    public static final String FACE = "face";
    public static final String EVENT = "event";

    public TopMatch {
        if (!FACE.equals(kind) && !EVENT.equals(kind)) {
            throw new IllegalArgumentException("a top match is a face or an event: " + kind);
        }
        Objects.requireNonNull(objectId, "object id");
        Objects.requireNonNull(label, "label");
    }

    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put(kind + "_id", objectId);
        json.put("similarity", similarity);
        json.put("label", label);
        json.put("external_id", externalId);
        return json;
    }
}
