package org.openluna.shared.faces;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A face of an account (seed l.2020-2272) as listings show it: its fields and lists, and whether it
 * holds an attribute, without the attribute itself.
 *
 * @param lists the lists the face is in, sorted by id as the API writes ids (UUID's own order compares signed numbers)
 * @param version counts the face's changes; a deletion is conditional on it, so a list joined
 *                meanwhile is never left pointing at a deleted face
 */
public record Face(UUID faceId, UUID accountId, Instant createTime, FaceFields fields, List<UUID> lists,
                   boolean hasAttribute, long version) {
    public Face {
        Objects.requireNonNull(faceId, "face id");
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(createTime, "create time");
        Objects.requireNonNull(fields, "fields");
        lists = lists.stream().distinct().sorted(Comparator.comparing(UUID::toString)).toList();
    }

    /** The key faces sort by in time order: the creation time, then the id for faces made in the same millisecond. */
    public String createKey() {
        return CreateKeys.of(createTime, faceId);
    }
}
