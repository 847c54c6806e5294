package org.openluna.matcher.cuda;

import static org.bytedeco.cuda.global.cublas.CUBLAS_COMPUTE_32F;
import static org.bytedeco.cuda.global.cublas.CUBLAS_GEMM_DEFAULT;
import static org.bytedeco.cuda.global.cublas.CUBLAS_OP_N;
import static org.bytedeco.cuda.global.cublas.CUBLAS_OP_T;
import static org.bytedeco.cuda.global.cublas.cublasCreate_v2;
import static org.bytedeco.cuda.global.cublas.cublasDestroy_v2;
import static org.bytedeco.cuda.global.cublas.cublasGemmEx;
import static org.bytedeco.cuda.global.cublas.cublasSetStream_v2;
import static org.bytedeco.cuda.global.cudart.CUDA_R_16F;
import static org.bytedeco.cuda.global.cudart.CUDA_R_32F;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.bytedeco.cuda.cublas.cublasContext;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.RowRange;
import org.openluna.matcher.rows.RowSegment;
import org.openluna.shared.descriptors.Descriptor;

/**
 * The plain way, for comparison: every descriptor as fp16 on the GPU, one cuBLAS GEMM (fp16 in, fp32
 * out) of the queries against all of them in slices, every score copied to the host, and the top k of
 * each query picked there. Not exact in the matcher's sense (float scores, no face-id order for ties);
 * its best face is checked against the matcher's. Owns its GPU memory and cuBLAS handle; runs on the
 * thread that opened the device.
 */
final class CublasBaseline implements AutoCloseable {
    /** Rows scored per GEMM: their scores for a whole batch must fit the host staging. */
    private static final int SLICE_ROWS = 1 << 20;
    private final CudaDevice device;
    private final cublasContext handle = new cublasContext();
    private final long rows;
    private final long rowCount;
    private final long[] idHigh;
    private final long[] idLow;
    private final float[] inverseNorms;
    private final long queries;
    private final long scores;
    private final CudaDevice.Pinned queryStaging;
    private final CudaDevice.Pinned scoreStaging;

    /** Copies the candidates' rows to the GPU as fp16 (the int8 components, exact in fp16). */
    CublasBaseline(CudaDevice device, CandidateRows candidates, int maxQueries) {
        this.device = device;
        this.rowCount = candidates.rowCount();
        CudaDevice.check(cublasCreate_v2(handle), "cublasCreate");
        CudaDevice.check(cublasSetStream_v2(handle, device.stream()), "cublasSetStream");
        rows = device.allocate(rowCount * 512 * 2, "fp16 rows");
        idHigh = new long[(int) rowCount];
        idLow = new long[(int) rowCount];
        inverseNorms = new float[(int) rowCount];
        try (var staging = device.pinned(1_024L * 512 * 2)) {
            int at = 0;
            for (RowRange range : candidates.ranges()) {
                RowSegment segment = range.segment();
                ByteBuffer halves = staging.buffer();
                byte[] offsetRows = segment.offsetRows();
                for (int row = 0; row < range.rows(); row++) {
                    for (int i = 0; i < 512; i++) {
                        halves.putShort((row * 512 + i) * 2, Float.floatToFloat16((offsetRows[row * 512 + i] & 0xFF) - 128));
                    }
                    idHigh[at + row] = segment.faceIdHigh(row);
                    idLow[at + row] = segment.faceIdLow(row);
                    inverseNorms[at + row] = (float) (1 / Math.sqrt(Math.max(1, segment.squaredNorm(row))));
                }
                device.copyToDevice(rows + (long) at * 1_024, staging, 0, range.rows() * 1_024L);
                device.synchronize();
                at += range.rows();
            }
        }
        queries = device.allocate((long) maxQueries * 1_024, "fp16 queries");
        long sliceRows = Math.min(SLICE_ROWS, rowCount);
        scores = device.allocate(sliceRows * maxQueries * 4, "scores");
        queryStaging = device.pinned((long) maxQueries * 1_024);
        scoreStaging = device.pinned(sliceRows * maxQueries * 4);
    }

    /** The ids (high, low) of each query's {@code k} best rows, best first, picked on the host with {@code workers}. */
    List<long[]> search(List<Descriptor> batch, int k, ExecutorService workers) throws Exception {
        int q = batch.size();
        for (int j = 0; j < q; j++) {
            byte[] int8 = batch.get(j).int8();
            for (int i = 0; i < 512; i++) {
                queryStaging.buffer().putShort((j * 512 + i) * 2, Float.floatToFloat16(int8[i]));
            }
        }
        device.copyToDevice(queries, queryStaging, 0, q * 1_024L);
        var tops = new ArrayList<TopK>();
        for (int j = 0; j < q; j++) {
            tops.add(new TopK(k));
        }
        try (var one = new FloatPointer(1f); var zero = new FloatPointer(0f)) {
            for (long first = 0; first < rowCount; first += SLICE_ROWS) {
                int slice = (int) Math.min(SLICE_ROWS, rowCount - first);
                // scores (slice x q, column-major) = rows^T (slice x 512) * queries (512 x q)
                CudaDevice.check(cublasGemmEx(handle, CUBLAS_OP_T, CUBLAS_OP_N, slice, q, 512, one,
                        deviceAddress(rows + first * 1_024), CUDA_R_16F, 512,
                        deviceAddress(queries), CUDA_R_16F, 512, zero,
                        deviceAddress(scores), CUDA_R_32F, slice, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT), "cublasGemmEx");
                device.copyToHost(scoreStaging, 0, scores, (long) slice * q * 4);
                device.synchronize();
                var picked = new ArrayList<Future<?>>();
                long base = first;
                for (int j = 0; j < q; j++) {
                    int query = j;
                    picked.add(workers.submit(() -> {
                        var buffer = scoreStaging.buffer();
                        TopK top = tops.get(query);
                        int at = query * slice * 4;
                        for (int r = 0; r < slice; r++) {
                            top.offer(buffer.getFloat(at + r * 4) * inverseNorms[(int) (base + r)], (int) (base + r));
                        }
                    }));
                }
                for (Future<?> future : picked) {
                    future.get();
                }
            }
        }
        var ids = new ArrayList<long[]>(q);
        for (TopK top : tops) {
            int[] best = top.bestFirst();
            var pair = new long[best.length * 2];
            for (int i = 0; i < best.length; i++) {
                pair[2 * i] = idHigh[best[i]];
                pair[2 * i + 1] = idLow[best[i]];
            }
            ids.add(pair);
        }
        return ids;
    }

    /** A device address as the pointer cuBLAS takes. */
    private static Pointer deviceAddress(long value) {
        return new Pointer() {
            {
                address = value;
            }
        };
    }

    @Override
    public void close() {
        cublasDestroy_v2(handle);
        queryStaging.close();
        scoreStaging.close();
        device.free(rows);
        device.free(queries);
        device.free(scores);
    }

    /** A bounded min-heap of (score, row). */
    private static final class TopK {
        private final float[] scores;
        private final int[] rows;
        private int size;

        TopK(int k) {
            scores = new float[k];
            rows = new int[k];
        }

        void offer(float score, int row) {
            if (size < scores.length) {
                scores[size] = score;
                rows[size] = row;
                up(size++);
            } else if (score > scores[0]) {
                scores[0] = score;
                rows[0] = row;
                down(0);
            }
        }

        int[] bestFirst() {
            var order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
            var best = new int[size];
            for (int i = 0; i < size; i++) {
                best[i] = rows[order[i]];
            }
            return best;
        }

        private void up(int i) {
            while (i > 0 && scores[(i - 1) / 2] > scores[i]) {
                swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        private void down(int i) {
            while (true) {
                int least = i;
                int left = 2 * i + 1;
                if (left < size && scores[left] < scores[least]) least = left;
                if (left + 1 < size && scores[left + 1] < scores[least]) least = left + 1;
                if (least == i) return;
                swap(i, least);
                i = least;
            }
        }

        private void swap(int a, int b) {
            float score = scores[a];
            int row = rows[a];
            scores[a] = scores[b];
            rows[a] = rows[b];
            scores[b] = score;
            rows[b] = row;
        }
    }
}
