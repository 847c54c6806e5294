package org.openluna.shared.faces;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.IdList;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.TimeRange;
import tools.jackson.databind.JsonNode;

/**
 * Face filters given in a JSON body, as matching candidates and tasks take them: {@code face_ids},
 * {@code external_ids}, {@code user_data}, {@code list_id}, the creation time and face id bounds, and
 * {@code account_id}, which names an account and narrows nothing beyond the caller's own.
 *
 * @param namedAccount the {@code account_id} the filters name; null when they name none
 */
public record FaceFilterJson(FaceFilter filter, UUID namedAccount) {
    /** Whether the filters name an account other than {@code account}: they then choose none of its faces. */
    public boolean namesOtherThan(UUID account) {
        return namedAccount != null && !namedAccount.equals(account);
    }

    public static final Set<String> FIELDS = Set.of("face_ids", "account_id", "external_ids", "user_data", "create_time__gte",
            "create_time__lt", "face_id__gte", "face_id__lt", "list_id");

    /** @param allowed the fields the caller accepts, {@link #FIELDS} and its own (as matching's {@code origin}) */
    public static FaceFilterJson read(JsonNode filters, String path, Set<String> allowed, Clock clock) {
        JsonFields.object(filters, path, allowed);
        var faceIds = filters.has("face_ids") ? IdList.read(filters.get("face_ids"), path + ".face_ids", "face", Bodies.MAX_IDS) : null;
        var externalIds = filters.has("external_ids") ? JsonFields.strings(filters.get("external_ids"), path + ".external_ids") : null;
        var userData = JsonFields.optionalString(filters, "user_data", path);
        var createTime = new TimeRange(JsonFields.time(filters, "create_time__gte", path, clock), JsonFields.time(filters, "create_time__lt", path, clock));
        var faceId = new IdRange(JsonFields.id(filters, "face_id__gte", path), JsonFields.id(filters, "face_id__lt", path));
        var filter = new FaceFilter(faceIds, externalIds, null, JsonFields.id(filters, "list_id", path), userData, createTime, faceId);
        return new FaceFilterJson(filter, JsonFields.id(filters, "account_id", path));
    }
}
