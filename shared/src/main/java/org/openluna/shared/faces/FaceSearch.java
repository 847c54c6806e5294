package org.openluna.shared.faces;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.ListFacesTable;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.ReadBatches;

/**
 * The faces of an account that pass a filter, newest or highest id first, read lazily so a page or
 * a count reads only as far as it needs. The most selective filter the tables can serve picks where
 * to read (ADR 0009): the ids themselves, the event index, the external id index, the list's items,
 * or the whole account; every filter is then checked on each face.
 */
final class FaceSearch {
    // a count reads in DynamoDB's largest pages
    private static final int COUNT_PAGE = 1000;
    private static final Comparator<Face> NEWEST_FIRST = Comparator.comparing(Face::createKey).reversed();
    private static final Comparator<Face> HIGHEST_ID_FIRST = Comparator.comparing((Face f) -> f.faceId().toString()).reversed();

    private final FacesTable faces;
    private final ListsTable lists;
    private final ListFacesTable members;

    FaceSearch(FacesTable faces, ListsTable lists, ListFacesTable members) {
        this.faces = faces;
        this.lists = lists;
        this.members = members;
    }

    /** @param pageSize how many items each DynamoDB read may evaluate */
    Stream<Face> find(UUID account, FaceFilter filter, int pageSize) {
        return candidates(account, filter, pageSize).filter(filter::matches);
    }

    /**
     * How many faces pass the filter. Filtered by nothing but the list and the creation time, the
     * faces are counted in the index that serves those, without reading them out.
     */
    long count(UUID account, FaceFilter filter) {
        if (!filter.narrowsByListAndTimeOnly()) {
            return find(account, filter, COUNT_PAGE).count();
        }
        if (filter.listId() == null) {
            return faces.count(account, filter.createTime());
        }
        return lists.get(account, filter.listId()).isEmpty() ? 0 : members.count(filter.listId(), filter.createTime());
    }

    private Stream<Face> candidates(UUID account, FaceFilter filter, int pageSize) {
        var order = filter.sortsById() ? HIGHEST_ID_FIRST : NEWEST_FIRST;
        if (filter.faceIds() != null) {
            return faces.getAll(account, filter.faceIds()).stream().sorted(order);
        }
        if (filter.eventId() != null) {
            var found = faces.withEvent(account, filter.eventId(), filter.createTime(), pageSize);
            return filter.sortsById() ? found.sorted(order) : found;
        }
        if (filter.externalIds() != null) {
            return filter.externalIds().stream()
                    .flatMap(externalId -> faces.withExternalId(account, externalId, filter.createTime(), pageSize))
                    .sorted(order);
        }
        if (filter.listId() != null) {
            if (lists.get(account, filter.listId()).isEmpty()) {
                return Stream.empty();
            }
            var ids = filter.sortsById() ? members.inIdOrder(filter.listId(), filter.faceId(), pageSize)
                    : members.inTimeOrder(filter.listId(), filter.createTime(), pageSize);
            return inOrder(account, ids);
        }
        return filter.sortsById() ? faces.inIdOrder(account, filter.faceId(), pageSize) : faces.inTimeOrder(account, filter.createTime(), pageSize);
    }

    /** The faces of these ids, read in batches as the stream is consumed, in the ids' order; a face deleted meanwhile is left out. */
    private Stream<Face> inOrder(UUID account, Stream<UUID> ids) {
        return ReadBatches.of(ids.iterator()).flatMap(batch -> {
            Map<UUID, Face> found = faces.getAll(account, batch).stream().collect(Collectors.toMap(Face::faceId, Function.identity()));
            return batch.stream().map(found::get).filter(Objects::nonNull);
        });
    }
}
