package org.openluna.matcher.cuda;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.RowRange;
import org.openluna.matcher.search.Match;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.Similarity;

/**
 * Runs a batch of searches over the same rows on the GPU (device thread only): the queries, their
 * norms, removal sequences and thresholds and the rows' ranges go over in one copy, the scan, merge
 * and finish kernels run on the stream, and only each query's best rows come back, as face id, dot
 * product and row norm. The similarity is then {@link Similarity#fromDot} of those integers, the very
 * call the CPU backend makes, so both backends report the same number.
 *
 * <p>The GPU ranks rows, not faces. Where candidates may hold a face twice, it keeps twice the limit
 * and the host keeps each face's first (best) row; a query whose repeated faces still crowd out its
 * limit is run again with {@link SearchPlan#MAX_K} rows, and failing that left to the CPU (null).
 */
final class DeviceSearch implements AutoCloseable {
    private final CudaDevice device;
    private final Kernels kernels;
    private final DeviceRows rows;
    private final long scratch;
    private final CudaDevice.Pinned inputs;
    private final CudaDevice.Pinned outputs;

    /** Takes the scratch memory on the device; device thread only. */
    DeviceSearch(CudaDevice device, Kernels kernels, DeviceRows rows) {
        this.device = device;
        this.kernels = kernels;
        this.rows = rows;
        this.scratch = device.allocate(SearchPlan.SCRATCH_BYTES, "search scratch memory");
        long mostRanges = rows.capacityRows() / BlockAllocator.MIN_BLOCK_ROWS + 1;
        this.inputs = device.pinned(SearchPlan.MAX_QUERIES * (SearchPlan.ROW_BYTES + 4L + 8L + 8L) + 12 * mostRanges + 8 * 1_024);
        this.outputs = device.pinned((long) SearchPlan.MAX_QUERIES * SearchPlan.MAX_K * SearchPlan.FOUND_BYTES + SearchPlan.MAX_QUERIES * 4L);
    }

    /** One query of a batch: what it asks for and which search of the batch it belongs to. */
    record Query(byte[] int8, int squaredNorm, long removedUpTo, double threshold, int limit) {
        static Query of(Descriptor descriptor, long removedUpTo, double threshold, int limit) {
            byte[] int8 = descriptor.int8();
            int squared = 0;
            for (byte component : int8) {
                squared += component * component;
            }
            return new Query(int8, squared, removedUpTo, threshold, limit);
        }
    }

    /**
     * The matches of each query over the candidates (all of whose segments this GPU holds), best first,
     * each face once; null for a query the CPU must answer.
     */
    List<List<Match>> run(CandidateRows candidates, List<Query> queries) {
        var ranges = Ranges.of(candidates, rows);
        var results = new ArrayList<List<Match>>(queries.size());
        if (ranges.count() == 0) {
            queries.forEach(query -> results.add(List.of()));
            return results;
        }
        boolean mayRepeat = candidates.mayRepeatFaces();
        int mostAsked = queries.stream().mapToInt(Query::limit).max().orElse(1);
        int k = Math.min(SearchPlan.MAX_K, mayRepeat ? 2 * mostAsked : mostAsked);
        var found = runOnce(ranges, queries, k);
        var again = new ArrayList<Integer>();
        for (int q = 0; q < queries.size(); q++) {
            List<Match> matches = matches(found.get(q), queries.get(q));
            boolean crowdedOut = matches.size() < queries.get(q).limit() && found.get(q).size() == k;
            if (crowdedOut && k < SearchPlan.MAX_K) {
                again.add(q);
            }
            results.add(crowdedOut ? null : matches);
        }
        if (!again.isEmpty()) {
            var retried = runOnce(ranges, again.stream().map(queries::get).toList(), SearchPlan.MAX_K);
            for (int i = 0; i < again.size(); i++) {
                Query query = queries.get(again.get(i));
                List<Match> matches = matches(retried.get(i), query);
                boolean crowdedOut = matches.size() < query.limit() && retried.get(i).size() == SearchPlan.MAX_K;
                results.set(again.get(i), crowdedOut ? null : matches);
            }
        }
        return results;
    }

    /** A row as the finish kernel writes it. */
    record FoundRow(long high, long low, int dot, int norm) {}

    private List<List<FoundRow>> runOnce(Ranges ranges, List<Query> queries, int k) {
        int count = queries.size();
        var plan = SearchPlan.of(count, k, ranges.count(), ranges.totalRows(), device.facts());
        int[] chunkStarts = SearchPlan.chunkStarts(ranges.rows(), plan.chunks());
        int chunks = chunkStarts.length - 1;

        ByteBuffer in = inputs.buffer();
        for (int q = 0; q < count; q++) {
            Query query = queries.get(q);
            in.put((int) plan.queriesOffset() + q * SearchPlan.ROW_BYTES, query.int8());
            in.putInt((int) plan.queryNormsOffset() + q * 4, query.squaredNorm());
            in.putLong((int) plan.removedUpToOffset() + q * 8, query.removedUpTo());
            in.putDouble((int) plan.thresholdsOffset() + q * 8, query.threshold());
        }
        for (int r = 0; r < ranges.count(); r++) {
            in.putInt((int) plan.rangesOffset() + r * 8, ranges.firstRows()[r]);
            in.putInt((int) plan.rangesOffset() + r * 8 + 4, ranges.rows()[r]);
        }
        int startsAt = (int) plan.chunkStartsOffset(ranges.count());
        for (int c = 0; c < chunkStarts.length; c++) {
            in.putInt(startsAt + c * 4, chunkStarts[c]);
        }
        device.copyToDevice(scratch, inputs, 0, startsAt + chunkStarts.length * 4L);

        long thresholds = scratch + plan.thresholdsOffset();
        long lists = scratch + plan.listsOffset(ranges.count());
        long listCounts = scratch + plan.listCountsOffset(ranges.count());
        kernels.launch(KernelSource.scanKernel(plan.queriesPerBlock()), plan.queryGroups(), chunks, plan.scanSharedBytes(),
                rows.rowsAddress(), rows.normsAddress(), rows.idHighAddress(), rows.idLowAddress(), rows.removedAtAddress(),
                scratch + plan.rangesOffset(), scratch + startsAt, chunks,
                scratch + plan.queriesOffset(), scratch + plan.queryNormsOffset(), scratch + plan.removedUpToOffset(), thresholds,
                count, k, plan.scanSlots(), lists, listCounts);
        long merged = scratch + plan.mergedListsOffset(ranges.count());
        long mergedCounts = scratch + plan.mergedCountsOffset(ranges.count());
        for (int inLists = chunks; inLists > 1; ) {
            int outLists = SearchPlan.mergedLists(inLists);
            kernels.launch(KernelSource.MERGE, outLists, count, plan.mergeSharedBytes(),
                    lists, listCounts, inLists, merged, mergedCounts, outLists, k, plan.mergeSlots(),
                    thresholds, rows.idHighAddress(), rows.idLowAddress());
            // the next step reads what this one wrote
            long swap = lists;
            lists = merged;
            merged = swap;
            swap = listCounts;
            listCounts = mergedCounts;
            mergedCounts = swap;
            inLists = outLists;
        }
        long found = scratch + plan.foundOffset(ranges.count());
        kernels.launch(KernelSource.FINISH, count, 1, 0, lists, listCounts, k,
                rows.normsAddress(), rows.idHighAddress(), rows.idLowAddress(), found, scratch + plan.foundCountsOffset(ranges.count()));
        device.copyToHost(outputs, 0, found, plan.outputBytes());
        device.synchronize();

        ByteBuffer out = outputs.buffer();
        int countsAt = count * k * SearchPlan.FOUND_BYTES;
        var all = new ArrayList<List<FoundRow>>(count);
        for (int q = 0; q < count; q++) {
            int n = out.getInt(countsAt + q * 4);
            var rowsFound = new ArrayList<FoundRow>(n);
            for (int i = 0; i < n; i++) {
                int at = (q * k + i) * SearchPlan.FOUND_BYTES;
                rowsFound.add(new FoundRow(out.getLong(at), out.getLong(at + 8), out.getInt(at + 16), out.getInt(at + 20)));
            }
            all.add(rowsFound);
        }
        return all;
    }

    /** The GPU's rows as matches: the CPU backend's similarity, each face once (its first, best row), at most the query's limit. */
    static List<Match> matches(List<FoundRow> found, Query query) {
        var seen = new HashSet<UUID>();
        var matches = new ArrayList<Match>(Math.min(found.size(), query.limit()));
        for (FoundRow row : found) {
            var face = new UUID(row.high(), row.low());
            if (seen.add(face)) {
                matches.add(new Match(face, Similarity.fromDot(row.dot(), query.squaredNorm(), row.norm())));
                if (matches.size() == query.limit()) {
                    break;
                }
            }
        }
        matches.sort(Match.BEST_FIRST);
        return matches;
    }

    @Override
    public void close() {
        inputs.close();
        outputs.close();
        device.free(scratch);
    }

    /** The candidates as pool ranges: each segment's first pool row and the rows of it both published to the search and copied. */
    record Ranges(int[] firstRows, int[] rows, int count, long totalRows) {
        static Ranges of(CandidateRows candidates, DeviceRows pool) {
            int size = candidates.ranges().size();
            var firstRows = new int[size];
            var rows = new int[size];
            int count = 0;
            long total = 0;
            for (RowRange range : candidates.ranges()) {
                DeviceRows.Block block = pool.blockOf(range.segment());
                int n = Math.min(range.rows(), block.copiedRows);
                if (n > 0) {
                    firstRows[count] = block.firstRow;
                    rows[count] = n;
                    count++;
                    total += n;
                }
            }
            return new Ranges(Arrays.copyOf(firstRows, count), Arrays.copyOf(rows, count), count, total);
        }
    }
}
