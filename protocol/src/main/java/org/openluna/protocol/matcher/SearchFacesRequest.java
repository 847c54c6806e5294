package org.openluna.protocol.matcher;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One search of the matcher service: for each query descriptor, its best {@code limit} faces of one
 * account whose similarity is at least {@code threshold}. The candidates are every face of the
 * account, the faces of one list, or the given faces, never another account's.
 *
 * @param listId null unless the candidates are that list's faces
 * @param faceIds null unless the candidates are these faces (a face the account does not hold is none)
 * @param descriptors the queries, each the {@code Descriptor.DIMENSIONS} payload bytes of a descriptor of
 *                    our version, as stored: the service compares bytes and knows no other form
 */
public record SearchFacesRequest(UUID accountId, UUID listId, List<UUID> faceIds, List<byte[]> descriptors, int limit, double threshold) {
    public SearchFacesRequest {
        Objects.requireNonNull(accountId, "account id");
        if (listId != null && faceIds != null) {
            throw new IllegalArgumentException("a search takes a list or given faces, not both");
        }
        faceIds = faceIds == null ? null : List.copyOf(faceIds);
        descriptors = descriptors.stream().map(byte[]::clone).toList();
    }

    public static SearchFacesRequest everyFace(UUID accountId, List<byte[]> descriptors, int limit, double threshold) {
        return new SearchFacesRequest(accountId, null, null, descriptors, limit, threshold);
    }

    public static SearchFacesRequest list(UUID accountId, UUID listId, List<byte[]> descriptors, int limit, double threshold) {
        return new SearchFacesRequest(accountId, listId, null, descriptors, limit, threshold);
    }

    public static SearchFacesRequest faces(UUID accountId, List<UUID> faceIds, List<byte[]> descriptors, int limit, double threshold) {
        return new SearchFacesRequest(accountId, null, faceIds, descriptors, limit, threshold);
    }
}
