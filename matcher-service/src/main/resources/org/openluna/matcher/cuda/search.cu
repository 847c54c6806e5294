// Exact 1:N search over the GPU copy of the matcher's rows (ADR 0015). Compiled by NVRTC when the cuda
// backend opens; KernelSource defines TILE_ROWS, THREADS and MERGE_GROUP so that the Java side that
// sizes shared memory and grids (SearchPlan) and this file agree on them.
//
// The pool, one entry per row of every held segment (cuda/DeviceRows):
//   rows       512 bytes a row, exactly the host's bytes: offset binary, component + 128
//   norms      the squared norm of the signed components
//   idHigh/Low the face id, to order equal similarities as the CPU does (search.Match.BEST_FIRST)
//   removedAt  the account's removal sequence of the row, 0 while it is live
//
// A search: scanN takes a chunk of candidate ranges and QT queries per block and keeps, per query, the
// best k rows of its chunk in shared memory; merge folds the chunks' lists MERGE_GROUP at a time until
// one list per query is left; finish writes each query's k rows with their face ids, dot products and
// norms, the only part copied back. Similarities are Similarity.fromDot's to the last bit: the dot
// product is exact integer arithmetic, and the square root, multiplication and division of doubles
// are IEEE-754 round-to-nearest on the GPU as in Java (compiled with --fmad=false, no fast math).

typedef long long i64;
typedef unsigned long long u64;

#define ROW_INT4 32          // a 512-byte row in 16-byte words
#define ROW_STRIDE_INT4 33   // rows in shared memory padded to 528 bytes: 8 rows read by a quarter warp hit 8 different banks
#define FLIP 0x80808080u     // offset binary to two's complement, four bytes at once: (c + 128) ^ 0x80 == c

static_assert(THREADS == 4 * TILE_ROWS, "the dot products give four threads to each row of a tile");

struct Entry {
    double similarity;
    int row;   // pool row; -1 for an empty slot
    int dot;
};

struct Found {
    u64 high;
    u64 low;
    int dot;
    int norm;
};

__device__ __forceinline__ Entry emptyEntry() {
    Entry e;
    e.similarity = -1.0;
    e.row = -1;
    e.dot = 0;
    return e;
}

// a before b: higher similarity, then the lower face id as unsigned 128 bits; an empty slot is last
__device__ __forceinline__ bool ranksBefore(const Entry& a, const Entry& b, const u64* idHigh, const u64* idLow) {
    if (a.row < 0) return false;
    if (b.row < 0) return true;
    if (a.similarity != b.similarity) return a.similarity > b.similarity;
    u64 ha = idHigh[a.row];
    u64 hb = idHigh[b.row];
    if (ha != hb) return ha < hb;
    return idLow[a.row] < idLow[b.row];
}

// Similarity.fromDot(dot, queryNorm, rowNorm)
__device__ __forceinline__ double similarityOf(int dot, int queryNorm, int rowNorm) {
    if (queryNorm == 0 || rowNorm == 0) return 0.0;
    double s = (double) dot / sqrt((double) queryNorm * (double) rowNorm);
    return fmin(fmax(s, 0.0), 1.0);
}

// PreparedQuery.mayReach: squares with a margin far above rounding, so it never turns away a row fromDot lets in
__device__ __forceinline__ bool mayReach(int dot, int queryNorm, int rowNorm, double bar) {
    double positive = (double) max(dot, 0);
    return positive * positive >= bar * bar * (double) queryNorm * (double) rowNorm * (1 - 1e-9);
}

// Sorts buf[0, p) best first (bitonic, p a power of two), keeps the first k and clears the rest; the
// bar becomes the k-th similarity once k are kept. Every thread of the block calls it.
__device__ void compact(Entry* buf, int p, int k, int* count, double* bar, double threshold,
                        const u64* idHigh, const u64* idLow) {
    __syncthreads();
    for (int size = 2; size <= p; size <<= 1) {
        for (int stride = size >> 1; stride > 0; stride >>= 1) {
            for (int i = threadIdx.x; i < p / 2; i += THREADS) {
                int lo = 2 * i - (i & (stride - 1));
                int hi = lo + stride;
                Entry a = buf[lo];
                Entry b = buf[hi];
                bool bestFirst = (lo & size) == 0;
                if (bestFirst ? ranksBefore(b, a, idHigh, idLow) : ranksBefore(a, b, idHigh, idLow)) {
                    buf[lo] = b;
                    buf[hi] = a;
                }
            }
            __syncthreads();
        }
    }
    int kept = min(*count, k);
    for (int i = kept + threadIdx.x; i < p; i += THREADS) {
        buf[i] = emptyEntry();
    }
    __syncthreads();
    if (threadIdx.x == 0) {
        *count = kept;
        *bar = kept == k ? buf[k - 1].similarity : threshold;
    }
    __syncthreads();
}

// The dot products of the tile's rows with the group's queries (signed int8, four at a time with dp4a).
// One query: four threads a row, each a quarter of it. More: one thread a row, QT / 4 queries each.
template <int QT>
__device__ __forceinline__ void tileDots(const int4* tile, const int4* query, int* dots) {
    const int row = threadIdx.x % TILE_ROWS;
    const int quarter = threadIdx.x / TILE_ROWS;
    const int4* r = tile + row * ROW_STRIDE_INT4;
    if constexpr (QT == 1) {
        int acc = 0;
#pragma unroll
        for (int w = quarter * 8; w < quarter * 8 + 8; w++) {
            int4 a = r[w];
            int4 b = query[w];
            acc = __dp4a((int) (a.x ^ FLIP), b.x, acc);
            acc = __dp4a((int) (a.y ^ FLIP), b.y, acc);
            acc = __dp4a((int) (a.z ^ FLIP), b.z, acc);
            acc = __dp4a((int) (a.w ^ FLIP), b.w, acc);
        }
        dots[quarter * TILE_ROWS + row] = acc;
    } else {
        constexpr int QPT = QT / 4;
        int acc[QPT];
#pragma unroll
        for (int j = 0; j < QPT; j++) acc[j] = 0;
#pragma unroll 4
        for (int w = 0; w < ROW_INT4; w++) {
            int4 a = r[w];
            int ax = (int) (a.x ^ FLIP);
            int ay = (int) (a.y ^ FLIP);
            int az = (int) (a.z ^ FLIP);
            int aw = (int) (a.w ^ FLIP);
#pragma unroll
            for (int j = 0; j < QPT; j++) {
                int4 b = query[(quarter * QPT + j) * ROW_INT4 + w];
                acc[j] = __dp4a(ax, b.x, acc[j]);
                acc[j] = __dp4a(ay, b.y, acc[j]);
                acc[j] = __dp4a(az, b.z, acc[j]);
                acc[j] = __dp4a(aw, b.w, acc[j]);
            }
        }
#pragma unroll
        for (int j = 0; j < QPT; j++) dots[row * QT + quarter * QPT + j] = acc[j];
    }
}

// Shared memory of a scan block, in this order (SearchPlan.scanSharedBytes adds it up the same way):
//   tile       TILE_ROWS * 528 bytes     rows of the tile
//   query      QT * 512                  the group's queries
//   dots       PARTS * TILE_ROWS * QT * 4
//   removed    TILE_ROWS * 8, norms TILE_ROWS * 4, pool rows TILE_ROWS * 4
//   per query  bar, threshold, removedUpTo (8 bytes each), count, norm (4 each): QT * 32
//   buffers    QT * p * 16               each query's best rows so far, p a power of two >= k + TILE_ROWS
template <int QT>
__device__ void scan(const int4* __restrict__ rows, const int* __restrict__ norms,
                     const u64* __restrict__ idHigh, const u64* __restrict__ idLow, const i64* __restrict__ removedAt,
                     const int2* __restrict__ ranges, const int* __restrict__ chunkStarts, int chunks,
                     const int4* __restrict__ queries, const int* __restrict__ queryNorms,
                     const i64* __restrict__ queryRemovedUpTo, const double* __restrict__ queryThresholds,
                     int queryCount, int k, int p, Entry* __restrict__ partial, int* __restrict__ partialCounts) {
    constexpr int PARTS = QT == 1 ? 4 : 1;
    extern __shared__ __align__(16) unsigned char shared[];
    int4* tile = (int4*) shared;
    int4* query = tile + TILE_ROWS * ROW_STRIDE_INT4;
    int* dots = (int*) (query + QT * ROW_INT4);
    i64* tileRemoved = (i64*) (dots + PARTS * TILE_ROWS * QT);
    int* tileNorms = (int*) (tileRemoved + TILE_ROWS);
    int* tilePoolRows = tileNorms + TILE_ROWS;
    double* bars = (double*) (tilePoolRows + TILE_ROWS);
    double* thresholds = bars + QT;
    i64* removedUpTo = (i64*) (thresholds + QT);
    int* counts = (int*) (removedUpTo + QT);
    int* groupNorms = counts + QT;
    Entry* buffers = (Entry*) (groupNorms + QT);

    const int tid = threadIdx.x;
    const int firstQuery = blockIdx.x * QT;
    const int chunk = blockIdx.y;
    const int groupQueries = min(QT, queryCount - firstQuery);

    for (int i = tid; i < QT * ROW_INT4; i += THREADS) {
        int j = i / ROW_INT4;
        query[i] = j < groupQueries ? queries[(i64) (firstQuery + j) * ROW_INT4 + i % ROW_INT4] : make_int4(0, 0, 0, 0);
    }
    for (int i = tid; i < QT * p; i += THREADS) {
        buffers[i] = emptyEntry();
    }
    if (tid < QT) {
        bool active = tid < groupQueries;
        thresholds[tid] = active ? queryThresholds[firstQuery + tid] : 2.0;
        bars[tid] = thresholds[tid];
        removedUpTo[tid] = active ? queryRemovedUpTo[firstQuery + tid] : 0;
        counts[tid] = 0;
        groupNorms[tid] = active ? queryNorms[firstQuery + tid] : 0;
    }
    __syncthreads();

    const int rangeEnd = chunkStarts[chunk + 1];
    for (int r = chunkStarts[chunk]; r < rangeEnd; r++) {
        const int2 range = ranges[r];  // x: first pool row, y: rows
        for (int start = 0; start < range.y; start += TILE_ROWS) {
            const int n = min(TILE_ROWS, range.y - start);
            const int first = range.x + start;
            const int4* source = rows + (i64) first * ROW_INT4;
            for (int i = tid; i < n * ROW_INT4; i += THREADS) {
                tile[(i / ROW_INT4) * ROW_STRIDE_INT4 + i % ROW_INT4] = source[i];
            }
            if (tid < TILE_ROWS) {
                bool valid = tid < n;
                tilePoolRows[tid] = valid ? first + tid : -1;
                tileNorms[tid] = valid ? norms[first + tid] : 0;
                tileRemoved[tid] = valid ? removedAt[first + tid] : 0;
            }
            __syncthreads();
            tileDots<QT>(tile, query, dots);  // rows past n hold an older tile's bytes; their dots are never read
            __syncthreads();
            for (int pair = tid; pair < TILE_ROWS * QT; pair += THREADS) {
                const int row = pair / QT;
                const int j = pair % QT;
                const int poolRow = tilePoolRows[row];
                if (poolRow < 0 || j >= groupQueries) continue;
                const i64 removed = tileRemoved[row];
                if (removed != 0 && removed <= removedUpTo[j]) continue;  // removed before this search began
                int dot;
                if constexpr (PARTS == 4) {
                    dot = dots[row] + dots[TILE_ROWS + row] + dots[2 * TILE_ROWS + row] + dots[3 * TILE_ROWS + row];
                } else {
                    dot = dots[pair];
                }
                const int rowNorm = tileNorms[row];
                const double bar = bars[j];
                if (!mayReach(dot, groupNorms[j], rowNorm, bar)) continue;
                const double similarity = similarityOf(dot, groupNorms[j], rowNorm);
                if (similarity < bar) continue;
                int slot = atomicAdd(&counts[j], 1);
                Entry e;
                e.similarity = similarity;
                e.row = poolRow;
                e.dot = dot;
                buffers[j * p + slot] = e;
            }
            __syncthreads();
            // a buffer without room for another tile is cut back to its best k
            for (int j = 0; j < groupQueries; j++) {
                if (counts[j] > p - TILE_ROWS) {
                    compact(buffers + j * p, p, k, &counts[j], &bars[j], thresholds[j], idHigh, idLow);
                }
            }
        }
    }
    for (int j = 0; j < groupQueries; j++) {
        compact(buffers + j * p, p, k, &counts[j], &bars[j], thresholds[j], idHigh, idLow);
        const i64 list = (i64) (firstQuery + j) * chunks + chunk;
        for (int i = tid; i < k; i += THREADS) {
            partial[list * k + i] = buffers[j * p + i];
        }
        if (tid == 0) partialCounts[list] = counts[j];
    }
}

#define SCAN_PARAMETERS \
    const int4* __restrict__ rows, const int* __restrict__ norms, const u64* __restrict__ idHigh, \
    const u64* __restrict__ idLow, const i64* __restrict__ removedAt, const int2* __restrict__ ranges, \
    const int* __restrict__ chunkStarts, int chunks, const int4* __restrict__ queries, \
    const int* __restrict__ queryNorms, const i64* __restrict__ queryRemovedUpTo, \
    const double* __restrict__ queryThresholds, int queryCount, int k, int p, Entry* __restrict__ partial, \
    int* __restrict__ partialCounts
#define SCAN_ARGUMENTS rows, norms, idHigh, idLow, removedAt, ranges, chunkStarts, chunks, queries, queryNorms, \
    queryRemovedUpTo, queryThresholds, queryCount, k, p, partial, partialCounts

extern "C" __global__ void __launch_bounds__(THREADS) scan1(SCAN_PARAMETERS) { scan<1>(SCAN_ARGUMENTS); }
extern "C" __global__ void __launch_bounds__(THREADS) scan4(SCAN_PARAMETERS) { scan<4>(SCAN_ARGUMENTS); }
extern "C" __global__ void __launch_bounds__(THREADS) scan16(SCAN_PARAMETERS) { scan<16>(SCAN_ARGUMENTS); }

// Folds lists [firstList, firstList + MERGE_GROUP) of one query (blockIdx.y) into list blockIdx.x of the
// output. Shared memory: p entries (p a power of two >= k + THREADS), then bar, threshold, count.
extern "C" __global__ void __launch_bounds__(THREADS) merge(
        const Entry* __restrict__ in, const int* __restrict__ inCounts, int lists,
        Entry* __restrict__ out, int* __restrict__ outCounts, int outLists, int k, int p,
        const double* __restrict__ queryThresholds, const u64* __restrict__ idHigh, const u64* __restrict__ idLow) {
    extern __shared__ __align__(16) unsigned char shared[];
    Entry* buf = (Entry*) shared;
    double* bar = (double*) (buf + p);
    double* threshold = bar + 1;
    int* count = (int*) (threshold + 1);

    const int tid = threadIdx.x;
    const int q = blockIdx.y;
    const int firstList = blockIdx.x * MERGE_GROUP;
    const int lastList = min(lists, firstList + MERGE_GROUP);
    for (int i = tid; i < p; i += THREADS) buf[i] = emptyEntry();
    if (tid == 0) {
        *threshold = queryThresholds[q];
        *bar = *threshold;
        *count = 0;
    }
    __syncthreads();
    for (int list = firstList; list < lastList; list++) {
        const i64 at = (i64) q * lists + list;
        const int n = inCounts[at];
        const Entry* entries = in + at * k;
        for (int base = 0; base < n; base += THREADS) {
            const int i = base + tid;
            if (i < n) {
                Entry e = entries[i];
                if (e.similarity >= *bar) {
                    buf[atomicAdd(count, 1)] = e;
                }
            }
            __syncthreads();
            if (*count > p - THREADS) {
                compact(buf, p, k, count, bar, *threshold, idHigh, idLow);
            }
        }
    }
    compact(buf, p, k, count, bar, *threshold, idHigh, idLow);
    const i64 at = (i64) q * outLists + blockIdx.x;
    for (int i = tid; i < k; i += THREADS) out[at * k + i] = buf[i];
    if (tid == 0) outCounts[at] = *count;
}

// The k best rows of each query (blockIdx.x), as the host reads them: face id, dot product and row norm.
extern "C" __global__ void __launch_bounds__(THREADS) finish(
        const Entry* __restrict__ in, const int* __restrict__ inCounts, int k, const int* __restrict__ norms,
        const u64* __restrict__ idHigh, const u64* __restrict__ idLow, Found* __restrict__ out, int* __restrict__ outCounts) {
    const int q = blockIdx.x;
    const int n = inCounts[q];
    for (int i = threadIdx.x; i < n; i += THREADS) {
        Entry e = in[(i64) q * k + i];
        Found f;
        f.high = idHigh[e.row];
        f.low = idLow[e.row];
        f.dot = e.dot;
        f.norm = norms[e.row];
        out[(i64) q * k + i] = f;
    }
    if (threadIdx.x == 0) outCounts[q] = n;
}

// Marks rows removed: removedAt[poolRows[i]] = sequences[i].
extern "C" __global__ void __launch_bounds__(THREADS) applyRemovals(
        i64* __restrict__ removedAt, const int* __restrict__ poolRows, const i64* __restrict__ sequences, int n) {
    const int i = blockIdx.x * THREADS + threadIdx.x;
    if (i < n) removedAt[poolRows[i]] = sequences[i];
}
