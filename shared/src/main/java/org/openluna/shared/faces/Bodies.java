package org.openluna.shared.faces;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.IdList;
import org.openluna.shared.api.JsonFields;
import tools.jackson.databind.JsonNode;

/** The smaller request bodies of faces and lists, read with the seed's limits. */
public final class Bodies {
    /** Our limit on one bulk deletion, which the seed leaves open: the most faces one attach takes. */
    public static final int MAX_IDS = 1000;

    private Bodies() {}

    /** What {@code PATCH /6/lists/{list_id}/faces} asks (seed l.2409-2423). */
    public record FacesChange(boolean attaches, List<UUID> faceIds) {
        public FacesChange {
            faceIds = List.copyOf(faceIds);
        }
    }

    /** {@code {"user_data": ...}} of a list; absent is empty on creation (seed l.2283), required on a patch. */
    public static String listUserData(JsonNode body, boolean required) {
        JsonFields.object(body, "", Set.of("user_data"));
        var userData = JsonFields.string(body, "user_data");
        if (required && userData.isEmpty()) {
            throw Check.invalid("user_data", "field required");
        }
        return Check.length(userData.orElse(""), "user_data", 0, FaceList.MAX_USER_DATA);
    }

    /** {@code {"face_ids": [...]}} of {@code DELETE /6/faces}: 1 to {@link #MAX_IDS} ids. */
    public static List<UUID> faceIds(JsonNode body) {
        JsonFields.object(body, "", Set.of("face_ids"));
        return IdList.read(Check.required(body.get("face_ids"), "face_ids"), "face_ids", "face", MAX_IDS);
    }

    /** {@code {"list_ids": [...]}} of {@code DELETE /6/lists}: 1 to {@link #MAX_IDS} ids. */
    public static List<UUID> listIds(JsonNode body) {
        JsonFields.object(body, "", Set.of("list_ids"));
        return IdList.read(Check.required(body.get("list_ids"), "list_ids"), "list_ids", "list", MAX_IDS);
    }

    public static FacesChange facesChange(JsonNode body) {
        JsonFields.object(body, "", Set.of("action", "face_ids"));
        var action = JsonFields.string(body, "action").orElseThrow(() -> Check.invalid("action", "field required"));
        if (!action.equals("attach") && !action.equals("detach")) {
            throw Check.invalid("action", "must be one of ['attach', 'detach']");
        }
        var ids = IdList.read(Check.required(body.get("face_ids"), "face_ids"), "face_ids", "face", Lists.MAX_FACES_PER_CHANGE);
        return new FacesChange(action.equals("attach"), ids);
    }
}
