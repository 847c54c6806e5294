package org.openluna.shared.faces;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.Times;
import org.openluna.shared.tables.FaceLinks;
import org.openluna.shared.tables.ListFacesTable;
import org.openluna.shared.tables.ListsTable;

/**
 * The lists of each account (seed l.2280-2423), and the faces they hold. As with faces, another
 * account's list answers as a missing one, and a wrong request is refused before anything is written.
 */
public final class Lists {
    /** The most faces one attach or detach takes (seed l.2414). */
    public static final int MAX_FACES_PER_CHANGE = 1000;
    private static final Comparator<FaceList> NEWEST_FIRST = Comparator.comparing(FaceList::createKey).reversed();
    private static final Comparator<FaceList> HIGHEST_ID_FIRST = Comparator.comparing((FaceList l) -> l.listId().toString()).reversed();
    // how many of a list's faces a deletion reads at a time: those one detaching transaction takes
    private static final int EMPTYING_STEP = 50;

    private final ListsTable table;
    private final ListFacesTable members;
    private final FaceLinks links;
    private final Faces faces;
    private final Clock clock;

    public Lists(ListsTable table, ListFacesTable members, FaceLinks links, Faces faces, Clock clock) {
        this.table = table;
        this.members = members;
        this.links = links;
        this.faces = faces;
        this.clock = clock;
    }

    public FaceList create(UUID account, String userData) {
        var now = Times.now(clock);
        var list = new FaceList(UUID.randomUUID(), account, userData, now, now);
        table.create(list);
        return list;
    }

    public FaceList get(UUID account, UUID listId) {
        return table.get(account, listId).orElseThrow(() -> Faces.listNotFound(listId));
    }

    /** Changes {@code user_data} only; {@code last_update_time} follows the faces, not the list's own fields. */
    public void updateUserData(UUID account, UUID listId, String userData) {
        if (!table.updateUserData(account, listId, userData)) {
            throw Faces.listNotFound(listId);
        }
    }

    /**
     * Deletes the list. Its faces are detached, or deleted with {@code withFaces} (seed l.2392-2401).
     * The list is marked first, so no face joins it meanwhile and a deletion cut short is finished by
     * the next one.
     */
    public void delete(UUID account, UUID listId, boolean withFaces) {
        if (!table.markDeleting(account, listId)) {
            throw Faces.listNotFound(listId);
        }
        empty(account, listId, withFaces);
        table.delete(account, listId);
    }

    /** Deletes the lists; a missing one refuses the whole request before any is deleted. */
    public void deleteAll(UUID account, List<UUID> listIds, boolean withFaces) {
        var existing = table.existing(account, listIds);
        listIds.stream().filter(id -> !existing.contains(id)).findFirst().ifPresent(missing -> {
            throw Faces.listNotFound(missing);
        });
        listIds.forEach(id -> delete(account, id, withFaces));
    }

    private void empty(UUID account, UUID listId, boolean withFaces) {
        List<UUID> previous = List.of();
        while (true) {
            var step = members.inIdOrder(listId, IdRange.any(), EMPTYING_STEP).limit(EMPTYING_STEP).toList();
            if (step.isEmpty()) {
                return;
            }
            if (step.equals(previous)) {
                throw new IllegalStateException("the faces of list " + listId + " did not leave it");
            }
            if (withFaces) {
                // a face found in the list but gone itself leaves its item behind, which is removed too
                step.stream().filter(faceId -> !faces.deleteIfPresent(account, faceId))
                        .forEach(faceId -> links.detach(account, listId, List.of(faceId)));
            } else {
                links.detach(account, listId, step);
            }
            previous = step;
        }
    }

    /** Attaches the account's faces to its list; a face already there stays as it is, and if all are, nothing changes. */
    public void attach(UUID account, UUID listId, List<UUID> faceIds) {
        get(account, listId);
        var joining = faces.require(account, faceIds).stream().filter(f -> !f.lists().contains(listId)).toList();
        if (joining.isEmpty()) {
            return;
        }
        if (!links.attach(account, listId, joining)) {
            throw Faces.listNotFound(listId);
        }
        table.touch(account, List.of(listId), Times.now(clock));
    }

    /** Detaches the account's faces from its list; a face not in it is left as it is, and if none is, nothing changes. */
    public void detach(UUID account, UUID listId, List<UUID> faceIds) {
        get(account, listId);
        var leaving = faces.require(account, faceIds).stream().filter(f -> f.lists().contains(listId)).map(Face::faceId).toList();
        if (leaving.isEmpty()) {
            return;
        }
        links.detach(account, listId, leaving);
        table.touch(account, List.of(listId), Times.now(clock));
    }

    /** One page of the lists that pass the filter, newest first, or by id with id bounds. */
    public List<FaceList> find(UUID account, ListFilter filter, Paging paging) {
        return candidates(account, filter).skip(paging.offset()).limit(paging.pageSize()).toList();
    }

    public long count(UUID account, ListFilter filter) {
        return candidates(account, filter).count();
    }

    private Stream<FaceList> candidates(UUID account, ListFilter filter) {
        var order = filter.sortsById() ? HIGHEST_ID_FIRST : NEWEST_FIRST;
        Stream<FaceList> found;
        if (filter.listIds() != null) {
            found = table.getAll(account, filter.listIds()).stream().sorted(order);
        } else if (filter.sortsById()) {
            found = table.inIdOrder(account, filter.listId());
        } else {
            found = table.inTimeOrder(account, filter.createTime());
        }
        return found.filter(filter::matches);
    }
}
