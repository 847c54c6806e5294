package org.openluna.matcher.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openluna.matcher.RandomDescriptors;
import org.openluna.matcher.search.CpuBackend;
import org.openluna.matcher.search.Match;
import org.openluna.matcher.search.SearchRequest;
import org.openluna.shared.descriptors.Descriptor;

/** Searches running while another thread changes the same account. */
class ConcurrentChangesTest {
    private static final int SEARCHERS = 2;
    private static final int STEPS_PER_SEARCH = 10;

    private final RandomDescriptors random = new RandomDescriptors(51);
    private final AccountFaces account = new AccountFaces();
    private final CpuBackend backend = new CpuBackend(2, 512, 0);
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    @AfterEach
    void close() {
        backend.close();
    }

    private List<List<UUID>> searchEveryFace(List<Descriptor> queries, int limit) {
        return account.searchEveryFace(rows -> backend.search(rows, new SearchRequest(queries, limit, 0))).stream()
                .map(matches -> matches.stream().map(Match::faceId).toList())
                .toList();
    }

    /**
     * Runs {@code steps} writer steps on this thread while the searcher runs on {@link #SEARCHERS}
     * threads; the writer lets the searches keep up (one search per {@value #STEPS_PER_SEARCH} steps)
     * so that every run overlaps many searches with many writes. Gives the number of searches.
     */
    private int runWhileWriting(int steps, IntConsumer step, Runnable searcher) throws InterruptedException {
        var writing = new AtomicBoolean(true);
        var searches = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < SEARCHERS; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    while (writing.get()) {
                        searcher.run();
                        searches.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        try {
            for (int i = 0; i < steps && failures.isEmpty(); i++) {
                step.accept(i);
                while (searches.get() < i / STEPS_PER_SEARCH && failures.isEmpty()) {
                    Thread.onSpinWait();
                }
            }
        } finally {
            writing.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }
        return searches.get();
    }

    @Test
    void aSearchNeverReturnsAFaceDeletedBeforeItBegan() throws InterruptedException {
        int faceCount = 6_000;
        int deletedCount = faceCount / 2;
        var ids = new ArrayList<UUID>();
        var descriptors = new ArrayList<Descriptor>();
        for (int i = 0; i < faceCount; i++) {
            ids.add(random.faceId());
            descriptors.add(random.next());
            account.put(ids.getLast(), descriptors.getLast(), Set.of());
        }
        var deletedSoFar = new AtomicInteger();

        int searches = runWhileWriting(deletedCount,
                i -> {
                    account.delete(ids.get(i)); // also rewrites segments as deleted rows pile up
                    account.put(random.faceId(), random.next(), Set.of());
                    deletedSoFar.set(i + 1);
                },
                () -> {
                    int deleted = deletedSoFar.get(); // every face below this was deleted before the search
                    if (deleted == 0) {
                        return;
                    }
                    int gone = ThreadLocalRandom.current().nextInt(deleted);
                    int kept = deletedCount + ThreadLocalRandom.current().nextInt(faceCount - deletedCount);

                    var found = searchEveryFace(List.of(descriptors.get(gone), descriptors.get(kept)), 3);

                    assertThat(found.get(0)).doesNotContain(ids.get(gone));
                    assertThat(found.get(1)).first().isEqualTo(ids.get(kept));
                });

        assertThat(failures).isEmpty();
        assertThat(searches).isGreaterThanOrEqualTo(deletedCount / STEPS_PER_SEARCH - 1);
    }

    @Test
    void aFaceMovingBetweenItsListAndTheUnlistedRowsIsFoundByEverySearchOfEveryFace() throws InterruptedException {
        for (int i = 0; i < 3_000; i++) {
            account.put(random.faceId(), random.next(), Set.of());
        }
        UUID list = random.faceId();
        for (int i = 0; i < 200; i++) {
            account.put(random.faceId(), random.next(), Set.of(list));
        }
        UUID moving = random.faceId();
        Descriptor descriptor = random.next();
        account.put(moving, descriptor, Set.of());

        int searches = runWhileWriting(3_000,
                i -> {
                    account.attach(list, List.of(moving));
                    account.detach(list, List.of(moving));
                },
                () -> assertThat(searchEveryFace(List.of(descriptor), 1).getFirst()).containsExactly(moving));

        assertThat(failures).isEmpty();
        assertThat(searches).isGreaterThanOrEqualTo(3_000 / STEPS_PER_SEARCH - 1);
    }

    @Test
    void facesWhoseListsComeAndGoAreFoundByEverySearchOfEveryFace() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            account.put(random.faceId(), random.next(), Set.of());
        }
        int lists = 200;
        var faces = new ArrayList<UUID>();
        var descriptors = new ArrayList<Descriptor>();
        var listIds = new ArrayList<UUID>();
        for (int i = 0; i < lists; i++) {
            faces.add(random.faceId());
            descriptors.add(random.next());
            listIds.add(random.faceId());
            account.put(faces.getLast(), descriptors.getLast(), Set.of(listIds.getLast()));
        }

        // detaching a list's only face drops the list's store while searches walk the stores
        int searches = runWhileWriting(6_000,
                i -> {
                    int which = i % lists;
                    if (account.detach(listIds.get(which), List.of(faces.get(which))) == 0) {
                        account.attach(listIds.get(which), List.of(faces.get(which)));
                    }
                },
                () -> {
                    int which = ThreadLocalRandom.current().nextInt(lists);
                    assertThat(searchEveryFace(List.of(descriptors.get(which)), 1).getFirst()).containsExactly(faces.get(which));
                });

        assertThat(failures).isEmpty();
        assertThat(searches).isGreaterThanOrEqualTo(6_000 / STEPS_PER_SEARCH - 1);
    }

    @Test
    void aFaceWhoseDescriptorIsReplacedOverAndOverIsFoundOnceByEverySearch() throws InterruptedException {
        UUID list = random.faceId();
        for (int i = 0; i < 3_000; i++) {
            account.put(random.faceId(), random.next(), Set.of(list));
        }
        UUID replaced = random.faceId();
        Descriptor first = random.next();
        Descriptor second = random.near(first, 0.2);
        account.put(replaced, first, Set.of(list));

        int searches = runWhileWriting(3_000,
                i -> account.put(replaced, i % 2 == 0 ? second : first, Set.of(list)),
                () -> {
                    var found = account.searchList(list, rows -> backend.search(rows, new SearchRequest(List.of(first), 2, 0)))
                            .getFirst().stream().map(Match::faceId).toList();
                    assertThat(found.getFirst()).isEqualTo(replaced);
                    assertThat(found).doesNotHaveDuplicates();
                });

        assertThat(failures).isEmpty();
        assertThat(searches).isGreaterThanOrEqualTo(3_000 / STEPS_PER_SEARCH - 1);
    }
}
