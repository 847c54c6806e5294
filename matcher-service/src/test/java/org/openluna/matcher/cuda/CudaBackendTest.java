package org.openluna.matcher.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openluna.matcher.RandomDescriptors;
import org.openluna.matcher.accounts.AccountFaces;
import org.openluna.matcher.rows.RowMirror;
import org.openluna.matcher.search.CpuBackend;
import org.openluna.matcher.search.Match;
import org.openluna.matcher.search.SearchRequest;
import org.openluna.shared.descriptors.Descriptor;

/**
 * The cuda backend against the CPU backend on the same rows: the same faces, order and similarities,
 * to the last bit. Runs only where a CUDA device is (the device machine: scripts/gpu/run-on-device.sh);
 * skipped, saying why, everywhere else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CudaBackendTest {
    private static final long POOL_ROWS = 1L << 20;
    private CudaBackend gpu;
    private CpuBackend cpu;
    private AccountFaces account;
    private final List<UUID> lists = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    private final RandomDescriptors random = new RandomDescriptors(2026);
    private final List<UUID> faces = new ArrayList<>();

    private Optional<String> noGpu;

    @BeforeAll
    void openTheGpu() {
        noGpu = Cuda.unavailableReason();
        if (noGpu.isPresent()) {
            return;
        }
        gpu = CudaBackend.open(2, POOL_ROWS, 0);
        cpu = new CpuBackend(2);
        account = new AccountFaces(gpu.mirror());
        // 40,000 faces: unlisted ones, and list members, some in two lists (two rows each)
        for (int i = 0; i < 40_000; i++) {
            UUID face = random.faceId();
            Set<UUID> in = switch (i % 5) {
                case 0 -> Set.of(lists.get(0));
                case 1 -> Set.of(lists.get(1), lists.get(2));
                case 2 -> Set.of(lists.get(2));
                default -> Set.of();
            };
            account.put(face, random.next(), in);
            faces.add(face);
        }
    }

    @BeforeEach
    void needsAGpu() {
        assumeTrue(noGpu.isEmpty(), () -> "no CUDA here (" + noGpu.orElse("") + "); the GPU matcher is not tested");
    }

    @AfterAll
    void closeTheGpu() {
        if (gpu != null) {
            gpu.close();
            cpu.close();
        }
    }

    private void assertSameAsCpu(List<Descriptor> queries, int limit, double threshold) {
        var request = new SearchRequest(queries, limit, threshold);
        long before = gpu.queriesOnTheGpu();
        account.searchEveryFace(candidates -> {
            assertThat(gpu.search(candidates, request)).as("every face, %d queries, limit %d, threshold %s", queries.size(), limit, threshold)
                    .isEqualTo(cpu.search(candidates, request));
            return null;
        });
        for (UUID list : lists) {
            account.searchList(list, candidates -> {
                assertThat(gpu.search(candidates, request)).as("list, %d queries, limit %d", queries.size(), limit)
                        .isEqualTo(cpu.search(candidates, request));
                return null;
            });
        }
        assertThat(gpu.queriesOnTheGpu() - before).as("queries the GPU answered itself").isPositive();
    }

    @Test
    void randomFacesGetTheCpuBackendsAnswerToTheLastBit() {
        for (int batch : new int[] {1, 3, 16, 64, 200}) {
            for (int limit : new int[] {1, 10, 100, 1_000}) {
                assertSameAsCpu(random.next(batch), limit, 0);
            }
        }
        assertSameAsCpu(random.next(7), 100, 0.08);
        assertSameAsCpu(random.next(1), 100, 0.99);
    }

    @Test
    void facesNearTheQueryComeFirstInTheCpuBackendsOrder() {
        var queries = new ArrayList<Descriptor>();
        for (int i = 0; i < 20; i++) {
            UUID face = faces.get(random.nextInt(faces.size()));
            Descriptor stored = Descriptor.fromInt8(account.searchFaces(List.of(face), candidates -> candidates.ranges().getFirst().segment().int8(0)));
            queries.add(random.near(stored, 0.5));
        }
        assertSameAsCpu(queries, 10, 0.3);
    }

    @Test
    void equalSimilaritiesAreOrderedByFaceIdAsOnTheCpu() {
        // the opposite of a stored face: about half the faces score 0 against it, and the last of the 1,000 kept are ties
        UUID face = faces.getFirst();
        byte[] stored = account.searchFaces(List.of(face), candidates -> candidates.ranges().getFirst().segment().int8(0));
        byte[] opposite = new byte[stored.length];
        for (int i = 0; i < stored.length; i++) {
            opposite[i] = (byte) Math.max(-127, -stored[i]);
        }
        assertSameAsCpu(List.of(Descriptor.fromInt8(opposite)), 1_000, 0);
        var zeros = account.searchEveryFace(candidates -> gpu.search(candidates, new SearchRequest(List.of(Descriptor.fromInt8(opposite)), 30_000, 0)));
        assertThat(zeros.getFirst()).isNotEmpty();
    }

    @Test
    void aFaceInManyListsIsFoundOnceWithItsBestRowAsOnTheCpu() {
        var crowded = new AccountFaces(gpu.mirror());
        Descriptor query = random.next();
        var manyLists = new ArrayList<UUID>();
        for (int i = 0; i < 12; i++) {
            manyLists.add(UUID.randomUUID());
        }
        // 40 faces close to the query, each in 12 lists: 480 rows ahead of the rest crowd out twice the limit
        for (int i = 0; i < 40; i++) {
            crowded.put(random.faceId(), random.near(query, 0.3), Set.copyOf(manyLists));
        }
        for (int i = 0; i < 5_000; i++) {
            crowded.put(random.faceId(), random.next(), Set.of());
        }
        var request = new SearchRequest(List.of(query), 100, 0);
        crowded.searchEveryFace(candidates -> {
            List<List<Match>> found = gpu.search(candidates, request);
            assertThat(found).isEqualTo(cpu.search(candidates, request));
            assertThat(found.getFirst()).hasSize(100).extracting(Match::faceId).doesNotHaveDuplicates();
            return null;
        });
    }

    @Test
    void aFaceDeletedBeforeASearchBeganIsNeverFoundWhileWritesGoOn() throws Exception {
        var changing = new AccountFaces(gpu.mirror());
        Descriptor query = random.next();
        var near = new ArrayList<UUID>();
        for (int i = 0; i < 2_000; i++) {
            UUID face = random.faceId();
            changing.put(face, random.near(query, 0.4), Set.of());
            near.add(face);
        }
        for (int i = 0; i < 30_000; i++) {
            changing.put(random.faceId(), random.next(), Set.of());
        }
        var deleted = ConcurrentHashMap.<UUID>newKeySet();
        var stop = new AtomicBoolean();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writes = writer.submit(() -> {
            var writes2 = new RandomDescriptors(7);
            for (int i = 0; i < near.size() && !stop.get(); i++) {
                changing.delete(near.get(i));
                deleted.add(near.get(i));
                // new faces and moves between stores keep rows appearing and segments being rewritten
                changing.put(writes2.faceId(), writes2.near(query, 0.4), i % 3 == 0 ? Set.of(lists.getFirst()) : Set.of());
            }
        });
        try {
            var request = new SearchRequest(List.of(query), 200, 0);
            for (int search = 0; search < 300 && !writes.isDone(); search++) {
                Set<UUID> goneBefore = Set.copyOf(deleted);
                List<Match> found = changing.searchEveryFace(candidates -> gpu.search(candidates, request)).getFirst();
                assertThat(found).extracting(Match::faceId).doesNotContainAnyElementsOf(goneBefore);
                assertThat(found).hasSize(200);
            }
        } finally {
            stop.set(true);
            writes.get(1, TimeUnit.MINUTES);
            writer.shutdown();
        }
        // once the writes are over, the GPU holds exactly what the host holds
        var request = new SearchRequest(random.next(4), 500, 0);
        changing.searchEveryFace(candidates -> {
            assertThat(gpu.search(candidates, request)).isEqualTo(cpu.search(candidates, request));
            return null;
        });
    }

    @Test
    void concurrentSearchesAreAnsweredTogetherEachWithItsOwnAnswer() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            var answers = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 64; i++) {
                var request = new SearchRequest(random.next(1 + i % 3), 5 + i, i % 2 == 0 ? 0 : 0.05);
                answers.add(callers.submit(() -> account.searchEveryFace(candidates ->
                        gpu.search(candidates, request).equals(cpu.search(candidates, request)))));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(1, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void aSearchOfGivenFacesIsAnsweredOnTheCpuWithTheSameResult() {
        var request = new SearchRequest(random.next(2), 10, 0);
        account.searchFaces(faces.subList(0, 500), candidates -> {
            assertThat(gpu.search(candidates, request)).isEqualTo(cpu.search(candidates, request));
            return null;
        });
    }

    @Test
    void loadingMoreFacesThanTheGpuHoldsIsRefusedWithAClearError() {
        try (var small = CudaBackend.open(1, 2_048, 0)) {
            var full = new AccountFaces(small.mirror());
            assertThatThrownBy(() -> {
                for (int i = 0; i < 10_000; i++) {
                    full.put(random.faceId(), random.next(), Set.of());
                }
            }).isInstanceOf(RowMirror.NoRoom.class)
                    .hasMessageContaining("the GPU's row pool is full")
                    .hasMessageContaining("of its 2,048 rows are held")
                    .hasMessageContaining("--gpu-rows");
            assertThat(small.gpuRowsHeld()).isLessThanOrEqualTo(2_048);
        }
    }

    @Test
    void askingForMoreRowsThanTheGpuHasMemoryForIsRefusedAtStart() {
        assertThatThrownBy(() -> CudaBackend.open(1, 1L << 30, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the GPU cannot hold")
                .hasMessageContaining("rows fit (--gpu-rows)");
    }
}
