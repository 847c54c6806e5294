package org.openluna.shared.faces;

import java.util.Set;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.JsonFields;
import tools.jackson.databind.JsonNode;

/** Reads the body of {@code PATCH /6/faces/{face_id}} (seed l.2164-2167); {@code event_id} alone may be null. */
final class FacePatchJson {
    private static final Set<String> FIELDS = Set.of("external_id", "event_id", "user_data", "avatar");

    private FacePatchJson() {}

    static FacePatch read(JsonNode body) {
        JsonFields.object(body, "", FIELDS);
        var event = body.get("event_id");
        var eventId = event == null || event.isNull() ? null : Ids.parseUuid(event.isString() ? event.asString() : null)
                .orElseThrow(() -> Check.invalid("event_id", "must be a UUID4 in lower case or null"));
        return new FacePatch(
                JsonFields.string(body, "external_id").orElse(null),
                JsonFields.string(body, "user_data").orElse(null),
                JsonFields.string(body, "avatar").orElse(null),
                event != null,
                eventId);
    }
}
