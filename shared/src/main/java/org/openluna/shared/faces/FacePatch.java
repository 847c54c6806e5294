package org.openluna.shared.faces;

import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.Check;
import tools.jackson.databind.JsonNode;

/**
 * A change of a face's fields ({@code PATCH /6/faces/{face_id}}, seed l.2155-2175): a null field is
 * left as it is. {@code event_id} may be set to null, so whether it was given is kept apart.
 */
public record FacePatch(String externalId, String userData, String avatar, boolean setsEventId, UUID eventId) {
    public FacePatch {
        if (externalId == null && userData == null && avatar == null && !setsEventId) {
            throw Check.invalid("", "at least one of external_id, user_data, avatar and event_id is required");
        }
        if (!setsEventId && eventId != null) {
            throw new IllegalArgumentException("an event id given without setsEventId");
        }
        // the seed's limits, checked as on a new face's fields
        new FaceFields(Objects.requireNonNullElse(externalId, ""), Objects.requireNonNullElse(userData, ""),
                Objects.requireNonNullElse(avatar, ""), null);
    }

    public static FacePatch fromJson(JsonNode body) {
        return FacePatchJson.read(body);
    }
}
