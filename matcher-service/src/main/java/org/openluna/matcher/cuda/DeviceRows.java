package org.openluna.matcher.cuda;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openluna.matcher.rows.RowMirror;
import org.openluna.matcher.rows.RowSegment;

/**
 * The GPU copy of every row the accounts hold: one pool of rows in device memory, a block of it for
 * each host segment ({@link BlockAllocator}), kept in step with the host as the {@link RowMirror} of
 * the accounts.
 *
 * <p>Order. Writers tell of their changes here as they make them, and the changes wait in one queue, in
 * that order. The device thread applies every waiting change before it runs the searches it has taken
 * ({@link CudaBackend}); since a search is queued only after it began, every change told before it
 * began is on the GPU when it runs, so a row removed before a search began is never found, as on the
 * CPU. A removal carries its sequence, and the kernels leave out only rows removed at or before the
 * search's own sequence, exactly as {@code RowSegment.isRemovedBy} does.
 *
 * <p>Appends are not queued one by one: the first new row of a segment queues the segment, and the
 * device thread copies every row the segment has published by then. Rows below a segment's published
 * size never change, so copying them early is harmless, and a search reads no more of a block than
 * has been copied.
 *
 * <p>Room. A segment's block is taken when the segment is created, on the writer's thread, so a load
 * that does not fit fails at the face that does not fit ({@link RowMirror.NoRoom}), saying so. A block
 * is freed once its segment can no longer be reached: searches that took the segment hold it, so no
 * search ever reads a block that was given to another segment.
 */
final class DeviceRows implements RowMirror, AutoCloseable {
    /** Removals applied in one kernel launch at most; staging room for them is taken once. */
    static final int REMOVAL_BATCH = 65_536;
    private static final int ROW_BYTES = SearchPlan.ROW_BYTES;

    private final CudaDevice device;
    private final Kernels kernels;
    private final long capacityRows;
    private final long rows;
    private final long norms;
    private final long idHigh;
    private final long idLow;
    private final long removedAt;
    private final long removalRows;
    private final long removalSequences;
    private final CudaDevice.Pinned staging;
    private final CudaDevice.Pinned removalStaging;

    /** Guarded by itself: blocks are taken by writers and freed by whoever finds their segments gone. */
    private final BlockAllocator allocator;
    private final ReferenceQueue<RowSegment> gone = new ReferenceQueue<>();
    /** Keeps the phantom references alive until their segments are gone. */
    private final Set<Held> held = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Change> changes = new ConcurrentLinkedQueue<>();
    private int pendingRemovals;

    /** What a segment keeps for this mirror: where its rows lie in the pool and how many are copied. */
    static final class Block {
        final DeviceRows owner;
        final int firstRow;
        final int capacity;
        final AtomicBoolean growQueued = new AtomicBoolean();
        /** Rows copied to the GPU; device thread only. */
        int copiedRows;

        private Block(DeviceRows owner, int firstRow, int capacity) {
            this.owner = owner;
            this.firstRow = firstRow;
            this.capacity = capacity;
        }
    }

    private static final class Held extends PhantomReference<RowSegment> {
        final Block block;

        Held(RowSegment segment, Block block, ReferenceQueue<RowSegment> queue) {
            super(segment, queue);
            this.block = block;
        }
    }

    private sealed interface Change permits Grow, Removal {}

    /** Copy the segment's published rows that are not on the GPU yet. */
    private record Grow(RowSegment segment) implements Change {}

    private record Removal(RowSegment segment, int row, long sequence) implements Change {}

    /** A pool of {@code capacityRows} rows on the device, taken now; device thread only. */
    DeviceRows(CudaDevice device, Kernels kernels, long capacityRows) {
        this.device = device;
        this.kernels = kernels;
        this.capacityRows = capacityRows;
        this.allocator = new BlockAllocator(capacityRows);
        long[] addresses = new long[7];
        try {
            addresses[0] = device.allocate(capacityRows * ROW_BYTES, "the rows");
            addresses[1] = device.allocate(capacityRows * 4, "the rows' norms");
            addresses[2] = device.allocate(capacityRows * 8, "the rows' face ids");
            addresses[3] = device.allocate(capacityRows * 8, "the rows' face ids");
            addresses[4] = device.allocate(capacityRows * 8, "the rows' removals");
            addresses[5] = device.allocate(REMOVAL_BATCH * 4L, "removals");
            addresses[6] = device.allocate(REMOVAL_BATCH * 8L, "removals");
        } catch (RuntimeException e) {
            for (long address : addresses) {
                device.free(address);
            }
            throw e;
        }
        rows = addresses[0];
        norms = addresses[1];
        idHigh = addresses[2];
        idLow = addresses[3];
        removedAt = addresses[4];
        removalRows = addresses[5];
        removalSequences = addresses[6];
        staging = device.pinned((long) BlockAllocator.MAX_BLOCK_ROWS * (ROW_BYTES + 4 + 8 + 8));
        removalStaging = device.pinned(REMOVAL_BATCH * (4L + 8L));
    }

    long rowsAddress() { return rows; }

    long normsAddress() { return norms; }

    long idHighAddress() { return idHigh; }

    long idLowAddress() { return idLow; }

    long removedAtAddress() { return removedAt; }

    long capacityRows() { return capacityRows; }

    /** Rows in blocks now held (a block counted whole). */
    long rowsHeld() {
        synchronized (allocator) {
            return allocator.rowsHeld();
        }
    }

    /** The block of a segment this mirror copies, or null (a segment of a search's own, or of another backend). */
    Block blockOf(RowSegment segment) {
        return segment.mirrorHandle() instanceof Block block && block.owner == this ? block : null;
    }

    @Override
    public Object hold(RowSegment segment) {
        int capacity = segment.capacity();
        synchronized (allocator) {
            int first = allocateOrCollect(capacity);
            var block = new Block(this, first, capacity);
            held.add(new Held(segment, block, gone));
            return block;
        }
    }

    @Override
    public void appended(RowSegment segment, int row) {
        Block block = (Block) segment.mirrorHandle();
        if (!block.growQueued.getAndSet(true)) {
            changes.add(new Grow(segment));
        }
    }

    @Override
    public void removed(RowSegment segment, int row, long sequence) {
        changes.add(new Removal(segment, row, sequence));
    }

    /**
     * Applies every change queued so far, in order, and frees the blocks of segments gone; device
     * thread only. Returns when the GPU has them all.
     */
    void applyChanges() {
        for (Change change; (change = changes.poll()) != null; ) {
            switch (change) {
                case Grow grow -> copyNewRows(grow.segment());
                case Removal removal -> queueRemoval(removal);
            }
        }
        flushRemovals();
        device.synchronize();
        releaseGone();
    }

    private void copyNewRows(RowSegment segment) {
        Block block = (Block) segment.mirrorHandle();
        // clear first, then read the size: a row published after this read queues the segment again
        block.growQueued.getAndSet(false);
        int from = block.copiedRows;
        int to = segment.size();
        if (to <= from) {
            return;
        }
        int count = to - from;
        var buffer = staging.buffer();
        int normsAt = count * ROW_BYTES;
        int highsAt = normsAt + count * 4;
        int lowsAt = highsAt + count * 8;
        // the queued copies of a previous block must be done before the staging memory is reused
        device.synchronize();
        buffer.put(0, segment.offsetRows(), from * ROW_BYTES, count * ROW_BYTES);
        for (int i = 0; i < count; i++) {
            int row = from + i;
            buffer.putInt(normsAt + i * 4, segment.squaredNorm(row));
            buffer.putLong(highsAt + i * 8, segment.faceIdHigh(row));
            buffer.putLong(lowsAt + i * 8, segment.faceIdLow(row));
        }
        long poolRow = (long) block.firstRow + from;
        device.copyToDevice(rows + poolRow * ROW_BYTES, staging, 0, (long) count * ROW_BYTES);
        device.copyToDevice(norms + poolRow * 4, staging, normsAt, count * 4L);
        device.copyToDevice(idHigh + poolRow * 8, staging, highsAt, count * 8L);
        device.copyToDevice(idLow + poolRow * 8, staging, lowsAt, count * 8L);
        // a block may have held another segment's rows: these start live, and their removals follow in the queue
        device.zero(removedAt + poolRow * 8, count * 8L);
        block.copiedRows = to;
    }

    private void queueRemoval(Removal removal) {
        Block block = (Block) removal.segment().mirrorHandle();
        if (removal.row() >= block.copiedRows) {
            // cannot happen in queue order (the row's own copy was queued first); copying now keeps the mark in any case
            copyNewRows(removal.segment());
        }
        if (pendingRemovals == REMOVAL_BATCH) {
            flushRemovals();
        }
        var buffer = removalStaging.buffer();
        buffer.putInt(pendingRemovals * 4, block.firstRow + removal.row());
        buffer.putLong(REMOVAL_BATCH * 4 + pendingRemovals * 8, removal.sequence());
        pendingRemovals++;
    }

    private void flushRemovals() {
        if (pendingRemovals == 0) {
            return;
        }
        device.copyToDevice(removalRows, removalStaging, 0, pendingRemovals * 4L);
        device.copyToDevice(removalSequences, removalStaging, REMOVAL_BATCH * 4L, pendingRemovals * 8L);
        int blocks = (pendingRemovals + SearchPlan.THREADS - 1) / SearchPlan.THREADS;
        kernels.launch(KernelSource.APPLY_REMOVALS, blocks, 1, 0, removedAt, removalRows, removalSequences, pendingRemovals);
        device.synchronize();
        pendingRemovals = 0;
    }

    /** Frees the blocks of segments no longer reachable. */
    void releaseGone() {
        synchronized (allocator) {
            for (Reference<? extends RowSegment> reference; (reference = gone.poll()) != null; ) {
                var segmentGone = (Held) reference;
                held.remove(segmentGone);
                allocator.free(segmentGone.block.firstRow, segmentGone.block.capacity);
            }
        }
    }

    /** A block, after freeing what the collector finds gone if the pool is full; caller holds the allocator. */
    private int allocateOrCollect(int capacity) {
        releaseGone();
        int first = allocator.allocate(capacity);
        if (first >= 0) {
            return first;
        }
        // segments replaced by rewrites may be unreachable without the collector having noticed yet
        System.gc();
        try {
            for (int attempt = 0; attempt < 10 && first < 0; attempt++) {
                Reference<? extends RowSegment> reference = gone.remove(20);
                if (reference != null) {
                    var segmentGone = (Held) reference;
                    held.remove(segmentGone);
                    allocator.free(segmentGone.block.firstRow, segmentGone.block.capacity);
                    releaseGone();
                    first = allocator.allocate(capacity);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (first < 0) {
            throw new NoRoom(String.format(Locale.ROOT,
                    "the GPU's row pool is full: %,d of its %,d rows are held (%s), and a segment of %,d more does not fit;"
                            + " start the matcher with a larger --gpu-rows, on a GPU with more memory, or with --backend=cpu",
                    allocator.rowsHeld(), capacityRows, DeviceMemoryBudget.gib(capacityRows * DeviceMemoryBudget.BYTES_PER_ROW),
                    BlockAllocator.blockRows(capacity)));
        }
        return first;
    }

    @Override
    public void close() {
        staging.close();
        removalStaging.close();
        for (long address : new long[] {rows, norms, idHigh, idLow, removedAt, removalRows, removalSequences}) {
            device.free(address);
        }
    }
}
