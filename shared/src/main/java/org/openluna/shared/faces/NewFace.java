package org.openluna.shared.faces;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.IdList;
import org.openluna.shared.api.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /6/faces} (seed l.2020-2045): the face's fields, its attribute if any, and
 * the lists it joins. Every part is optional; the seed's own example posts no body at all.
 *
 * @param attribute null for a face without an attribute
 */
public record NewFace(FaceFields fields, AttributeSource attribute, List<UUID> lists) {
    private static final Set<String> FIELDS = Set.of("attribute", "external_id", "user_data", "avatar", "lists", "event_id");

    public NewFace {
        Objects.requireNonNull(fields, "fields");
        lists = List.copyOf(lists);
    }

    public static NewFace none() {
        return new NewFace(FaceFields.none(), null, List.of());
    }

    public static NewFace fromJson(JsonNode body) {
        JsonFields.object(body, "", FIELDS);
        var fields = new FaceFields(
                JsonFields.string(body, "external_id").orElse(""),
                JsonFields.string(body, "user_data").orElse(""),
                JsonFields.string(body, "avatar").orElse(""),
                JsonFields.id(body, "event_id").orElse(null));
        var attribute = body.has("attribute") ? AttributeSource.fromJson(body.get("attribute"), "attribute") : null;
        // "non-empty" (l.2033); the seed sets no upper limit
        var lists = body.has("lists") ? IdList.readNonEmpty(body.get("lists"), "lists", "list") : List.<UUID>of();
        return new NewFace(fields, attribute, lists);
    }
}
