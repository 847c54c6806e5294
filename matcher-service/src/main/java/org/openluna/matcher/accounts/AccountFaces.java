package org.openluna.matcher.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.LayoutVersion;
import org.openluna.matcher.rows.RowMirror;
import org.openluna.matcher.rows.RowRange;
import org.openluna.matcher.rows.RowStore;
import org.openluna.shared.descriptors.Descriptor;

/**
 * The faces of one account in memory: one {@link RowStore} per list, holding the rows of that list's
 * faces contiguously, and one for the faces that are in no list. A face in several lists has a row in
 * each (a list search then reads only its own rows); a face is never both in a list and unlisted.
 *
 * <p>Concurrency. Writers take {@code writer} one at a time; searches take no lock at all and never
 * run twice.
 * <ul>
 *   <li>Every removal of a row (a delete, a detach, a face moving between stores, a replaced
 *   descriptor) is stamped with the next number of {@code removals}. A search reads that number as
 *   it begins and leaves out exactly the rows removed at or before it, so it never returns a face
 *   deleted before it began, and rows removed while it runs still count for it.</li>
 *   <li>A face that moves or gets a new descriptor has its new row published before the number of
 *   the old row's removal is drawn. A search that already sees the old row as removed therefore began
 *   after the new row was published and sees it: no search misses a face that never left the
 *   account. A search may meanwhile see both rows, so searches report each face once.</li>
 *   <li>Changes that hide rows wholesale (a segment rewritten without its removed rows, a list store
 *   dropped) happen under the {@link LayoutVersion}; a search takes its snapshot of the stores again
 *   if one happened while it was taking it.</li>
 * </ul>
 */
public final class AccountFaces {
    private final ReentrantLock writer = new ReentrantLock();
    private final LayoutVersion layout = new LayoutVersion();
    private final AtomicLong removals = new AtomicLong();
    private final RowMirror mirror;
    private final RowStore unlisted;
    private final ConcurrentHashMap<UUID, RowStore> lists = new ConcurrentHashMap<>();

    /** An account whose rows live on the host only. */
    public AccountFaces() {
        this(RowMirror.NONE);
    }

    /**
     * An account whose list and unlisted rows the mirror copies too (a GPU backend's, see
     * {@code search.Backend#mirror}); the rows of a search of given faces are the search's own and are
     * not copied.
     */
    public AccountFaces(RowMirror mirror) {
        this.mirror = mirror;
        this.unlisted = new RowStore(layout, mirror);
    }

    /**
     * Adds a face with its lists. A face that is here already is replaced, descriptor and lists, so
     * that a change feed that repeats an event leaves the same state.
     */
    public void put(UUID face, Descriptor descriptor, Set<UUID> listIds) {
        byte[] int8 = descriptor.int8();
        writer.lock();
        try {
            Map<UUID, RowStore> holding = listsHolding(face);
            boolean wasUnlisted = unlisted.contains(face);
            for (UUID listId : listIds) {
                RowStore list = lists.computeIfAbsent(listId, id -> new RowStore(layout, mirror));
                if (holding.containsKey(listId)) {
                    list.replace(face, int8, removals::incrementAndGet);
                } else {
                    list.append(face, int8);
                }
            }
            if (listIds.isEmpty()) {
                if (wasUnlisted) {
                    unlisted.replace(face, int8, removals::incrementAndGet);
                } else {
                    unlisted.append(face, int8);
                }
            }
            // rows the face leaves go last, once its new rows are published
            long removal = removals.incrementAndGet();
            if (wasUnlisted && !listIds.isEmpty()) {
                unlisted.remove(face, removal);
            }
            holding.forEach((listId, list) -> {
                if (!listIds.contains(listId)) {
                    list.remove(face, removal);
                    dropIfEmpty(listId, list);
                }
            });
        } finally {
            writer.unlock();
        }
    }

    /** Removes a face from the account, whatever lists held it; false if it was not here. */
    public boolean delete(UUID face) {
        writer.lock();
        try {
            long removal = removals.incrementAndGet();
            boolean removed = unlisted.remove(face, removal);
            for (var entry : listsHolding(face).entrySet()) {
                entry.getValue().remove(face, removal);
                dropIfEmpty(entry.getKey(), entry.getValue());
                removed = true;
            }
            return removed;
        } finally {
            writer.unlock();
        }
    }

    /** Attaches faces of this account to a list; returns how many were not in it before. Unknown faces are skipped. */
    public int attach(UUID listId, Collection<UUID> faces) {
        writer.lock();
        try {
            RowStore list = lists.computeIfAbsent(listId, id -> new RowStore(layout, mirror));
            int attached = 0;
            for (UUID face : faces) {
                if (list.contains(face)) {
                    continue;
                }
                Optional<byte[]> unlistedRow = unlisted.int8Of(face);
                Optional<byte[]> row = unlistedRow.isPresent() ? unlistedRow : rowInAnyList(face);
                if (row.isEmpty()) {
                    continue;
                }
                list.append(face, row.get());
                if (unlistedRow.isPresent()) {
                    unlisted.remove(face, removals.incrementAndGet());
                }
                attached++;
            }
            dropIfEmpty(listId, list);
            return attached;
        } finally {
            writer.unlock();
        }
    }

    /** Detaches faces from a list; a face left in no list stays in the account, unlisted. Returns how many were in it. */
    public int detach(UUID listId, Collection<UUID> faces) {
        writer.lock();
        try {
            RowStore list = lists.get(listId);
            if (list == null) {
                return 0;
            }
            int detached = 0;
            for (UUID face : faces) {
                Optional<byte[]> row = list.int8Of(face);
                if (row.isEmpty()) {
                    continue;
                }
                if (!isInAListOtherThan(listId, face)) {
                    unlisted.append(face, row.get());
                }
                list.remove(face, removals.incrementAndGet());
                detached++;
            }
            dropIfEmpty(listId, list);
            return detached;
        } finally {
            writer.unlock();
        }
    }

    /** Forgets a list; its faces stay in the account (in their other lists, or unlisted). */
    public void deleteList(UUID listId) {
        writer.lock();
        try {
            RowStore list = lists.get(listId);
            if (list == null) {
                return;
            }
            for (UUID face : list.faceIds()) {
                if (!isInAListOtherThan(listId, face)) {
                    unlisted.append(face, list.int8Of(face).orElseThrow());
                }
            }
            list.removeAll(removals.incrementAndGet());
            layout.change(() -> lists.remove(listId));
        } finally {
            writer.unlock();
        }
    }

    /** Runs a search over the list's rows as published now; a list with no faces gives no candidates. */
    public <T> T searchList(UUID listId, Function<CandidateRows, T> search) {
        long removedUpTo = removals.get();
        RowStore list = lists.get(listId);
        // a replaced descriptor briefly leaves two rows of one face even in one store
        return search.apply(list == null ? CandidateRows.NONE : new CandidateRows(list.snapshot(), true, removedUpTo));
    }

    /**
     * Runs a search over the given faces as held now; a face not held is left out. Their rows are
     * copied, under the writer lock, into a store of this search's own: the id tables that find a
     * face's row are changed by writers in place, so only a writer may read them, and a few hundred
     * rows cost microseconds to copy. A face deleted before the search began is gone by then.
     */
    public <T> T searchFaces(Collection<UUID> faces, Function<CandidateRows, T> search) {
        var given = new RowStore();
        writer.lock();
        try {
            for (UUID face : faces) {
                if (given.contains(face)) {
                    continue;
                }
                Optional<byte[]> unlistedRow = unlisted.int8Of(face);
                Optional<byte[]> row = unlistedRow.isPresent() ? unlistedRow : rowInAnyList(face);
                row.ifPresent(bytes -> given.append(face, bytes));
            }
        } finally {
            writer.unlock();
        }
        return search.apply(CandidateRows.of(given));
    }

    /** Runs a search over every face of the account. */
    public <T> T searchEveryFace(Function<CandidateRows, T> search) {
        return search.apply(everyFace());
    }

    /** Rows held, one per face and list (a face in no list has one). */
    public long rowCount() {
        long rows = unlisted.size();
        for (RowStore list : lists.values()) {
            rows += list.size();
        }
        return rows;
    }

    public long allocatedBytes() {
        long bytes = unlisted.allocatedBytes();
        for (RowStore list : lists.values()) {
            bytes += list.allocatedBytes();
        }
        return bytes;
    }

    private CandidateRows everyFace() {
        while (true) {
            long version = layout.stable();
            long removedUpTo = removals.get();
            var ranges = new ArrayList<RowRange>(unlisted.snapshot());
            for (RowStore list : lists.values()) {
                ranges.addAll(list.snapshot());
            }
            if (layout.isUnchanged(version)) {
                return new CandidateRows(ranges, true, removedUpTo);
            }
        }
    }

    /** Each list is probed: the cost grows with the account's number of lists, not its faces. */
    private Map<UUID, RowStore> listsHolding(UUID face) {
        var holding = new HashMap<UUID, RowStore>();
        lists.forEach((listId, list) -> {
            if (list.contains(face)) {
                holding.put(listId, list);
            }
        });
        return holding;
    }

    private boolean isInAListOtherThan(UUID listId, UUID face) {
        for (var entry : lists.entrySet()) {
            if (!entry.getKey().equals(listId) && entry.getValue().contains(face)) {
                return true;
            }
        }
        return false;
    }

    private Optional<byte[]> rowInAnyList(UUID face) {
        for (RowStore list : lists.values()) {
            Optional<byte[]> row = list.int8Of(face);
            if (row.isPresent()) {
                return row;
            }
        }
        return Optional.empty();
    }

    private void dropIfEmpty(UUID listId, RowStore list) {
        if (list.size() == 0) {
            layout.change(() -> lists.remove(listId, list));
        }
    }
}
