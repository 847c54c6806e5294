package org.openluna.shared.faces;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.TimeRange;

/**
 * The filters of {@code GET /6/faces} and {@code GET /6/faces/count} (seed l.2046-2118), all of
 * which a face must pass. ADR 0009 says which of them an index serves; every one is also checked
 * here, on each face read, so the answer never depends on which index was used.
 *
 * @param faceIds null for any face
 * @param externalIds null for any external id
 * @param eventId null for any event
 * @param listId null for faces in any list or none
 * @param userData a part of {@code user_data}, case-sensitive; null for any
 */
public record FaceFilter(List<UUID> faceIds, List<String> externalIds, UUID eventId, UUID listId, String userData,
                         TimeRange createTime, IdRange faceId) {
    public FaceFilter {
        faceIds = faceIds == null ? null : List.copyOf(faceIds);
        externalIds = externalIds == null ? null : List.copyOf(externalIds);
        createTime = createTime == null ? new TimeRange(null, null) : createTime;
        faceId = faceId == null ? IdRange.any() : faceId;
    }

    public static FaceFilter any() {
        return new FaceFilter(null, null, null, null, null, null, null);
    }

    public static FaceFilter from(QueryParams query, Clock clock) {
        return new FaceFilter(
                query.uuids("face_ids").orElse(null),
                query.list("external_ids", Set.of()).orElse(null),
                query.uuid("event_id").orElse(null),
                query.uuid("list_id").orElse(null),
                query.string("user_data").orElse(null),
                TimeRange.from(query, "create_time", clock),
                IdRange.from(query, "face_id"));
    }

    /** The seed's rule: bounds on face_id sort the answer by id, otherwise faces come in time order. */
    public boolean sortsById() {
        return faceId.isBounded();
    }

    /** True when nothing but the list and the creation time narrows the faces: a count needs no face read then. */
    boolean narrowsByListAndTimeOnly() {
        return faceIds == null && externalIds == null && eventId == null && userData == null && !faceId.isBounded();
    }

    public boolean matches(Face face) {
        return (faceIds == null || faceIds.contains(face.faceId()))
                && (externalIds == null || externalIds.contains(face.fields().externalId()))
                && (eventId == null || eventId.equals(face.fields().eventId()))
                && (listId == null || face.lists().contains(listId))
                && (userData == null || face.fields().userData().contains(userData))
                && createTime.contains(face.createTime())
                && faceId.contains(face.faceId());
    }
}
