package org.openluna.matcher.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Function;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.RowRange;
import org.openluna.matcher.rows.RowStore;
import org.openluna.shared.descriptors.Descriptor;

/**
 * The faces of one account in memory: one {@link RowStore} per list, holding the rows of that list's
 * faces contiguously, and one for the faces that are in no list. A face in several lists has a row in
 * each (a list search then reads only its own rows); a face is never both in a list and unlisted.
 *
 * <p>Concurrency. Writers take {@code writer} one at a time; searches take no lock of it.
 * <ul>
 *   <li>A list search scans one store's snapshot. Adds append past what it scans; deletes and
 *   detaches set deletion bits it reads, so it never returns a face removed before it began.</li>
 *   <li>A search of every face scans all stores. A face moving between stores (attached to its first
 *   list, detached from its last, replaced, or its list deleted) is appended to one store and
 *   deleted from another; a search that read the two stores on either side of the move could miss
 *   it. Moves therefore hold the write side of {@code moves}; such a search runs optimistically and,
 *   if a move happened meanwhile, runs again holding the read side, so it runs at most twice.</li>
 * </ul>
 */
public final class AccountFaces {
    private final ReentrantLock writer = new ReentrantLock();
    private final StampedLock moves = new StampedLock();
    private final RowStore unlisted = new RowStore();
    private final ConcurrentHashMap<UUID, RowStore> lists = new ConcurrentHashMap<>();

    /**
     * Adds a face with its lists. A face that is here already is replaced, descriptor and lists, so
     * that a change feed that repeats an event leaves the same state.
     */
    public void put(UUID face, Descriptor descriptor, Set<UUID> listIds) {
        byte[] int8 = descriptor.int8();
        writer.lock();
        try {
            if (!isAnywhere(face)) {
                insert(face, int8, listIds);
                return;
            }
            long stamp = moves.writeLock();
            try {
                removeEverywhere(face);
                insert(face, int8, listIds);
            } finally {
                moves.unlockWrite(stamp);
            }
        } finally {
            writer.unlock();
        }
    }

    /** Removes a face from every list; false if it was not here. */
    public boolean delete(UUID face) {
        writer.lock();
        try {
            return removeEverywhere(face);
        } finally {
            writer.unlock();
        }
    }

    /** Attaches faces of this account to a list; returns how many were not in it before. Unknown faces are skipped. */
    public int attach(UUID listId, Collection<UUID> faces) {
        writer.lock();
        long stamp = moves.writeLock();
        try {
            RowStore list = lists.computeIfAbsent(listId, id -> new RowStore());
            int attached = 0;
            for (UUID face : faces) {
                if (list.contains(face)) {
                    continue;
                }
                Optional<byte[]> unlistedRow = unlisted.int8Of(face);
                if (unlistedRow.isPresent()) {
                    list.append(face, unlistedRow.get());
                    unlisted.delete(face);
                    attached++;
                    continue;
                }
                Optional<byte[]> listedRow = rowInAnyList(face);
                if (listedRow.isPresent()) {
                    list.append(face, listedRow.get());
                    attached++;
                }
            }
            dropIfEmpty(listId, list);
            return attached;
        } finally {
            moves.unlockWrite(stamp);
            writer.unlock();
        }
    }

    /** Detaches faces from a list; a face left in no list stays in the account, unlisted. Returns how many were in it. */
    public int detach(UUID listId, Collection<UUID> faces) {
        writer.lock();
        long stamp = moves.writeLock();
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
                list.delete(face);
                if (rowInAnyList(face).isEmpty()) {
                    unlisted.append(face, row.get());
                }
                detached++;
            }
            dropIfEmpty(listId, list);
            return detached;
        } finally {
            moves.unlockWrite(stamp);
            writer.unlock();
        }
    }

    /** Forgets a list; its faces stay in the account (in their other lists, or unlisted). */
    public void deleteList(UUID listId) {
        writer.lock();
        long stamp = moves.writeLock();
        try {
            RowStore list = lists.remove(listId);
            if (list == null) {
                return;
            }
            for (UUID face : list.faceIds()) {
                if (rowInAnyList(face).isEmpty()) {
                    unlisted.append(face, list.int8Of(face).orElseThrow());
                }
            }
        } finally {
            moves.unlockWrite(stamp);
            writer.unlock();
        }
    }

    /** Runs a search over the list's rows as published now; a list with no faces gives no candidates. */
    public <T> T searchList(UUID listId, Function<CandidateRows, T> search) {
        RowStore list = lists.get(listId);
        return search.apply(list == null ? CandidateRows.NONE : new CandidateRows(list.snapshot(), false));
    }

    /**
     * Runs a search over every face of the account. It may run twice (see the class comment), so it
     * must have no side effects beyond its result.
     */
    public <T> T searchEveryFace(Function<CandidateRows, T> search) {
        long stamp = moves.tryOptimisticRead();
        if (stamp != 0) {
            T result = search.apply(everyFace());
            if (moves.validate(stamp)) {
                return result;
            }
        }
        stamp = moves.readLock();
        try {
            return search.apply(everyFace());
        } finally {
            moves.unlockRead(stamp);
        }
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
        var ranges = new ArrayList<RowRange>(unlisted.snapshot());
        int stores = 0;
        for (RowStore list : lists.values()) {
            ranges.addAll(list.snapshot());
            stores++;
        }
        // only a face in two lists or more has two rows
        return new CandidateRows(ranges, stores >= 2);
    }

    private void insert(UUID face, byte[] int8, Set<UUID> listIds) {
        if (listIds.isEmpty()) {
            unlisted.append(face, int8);
            return;
        }
        for (UUID listId : listIds) {
            lists.computeIfAbsent(listId, id -> new RowStore()).append(face, int8);
        }
    }

    private boolean removeEverywhere(UUID face) {
        boolean removed = unlisted.delete(face);
        for (var entry : lists.entrySet()) {
            if (entry.getValue().delete(face)) {
                removed = true;
                dropIfEmpty(entry.getKey(), entry.getValue());
            }
        }
        return removed;
    }

    private boolean isAnywhere(UUID face) {
        return unlisted.contains(face) || rowInAnyList(face).isPresent();
    }

    /** Each list is probed: the cost grows with the account's number of lists, not its faces. */
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
            lists.remove(listId, list);
        }
    }
}
