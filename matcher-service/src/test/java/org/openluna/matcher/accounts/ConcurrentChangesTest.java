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

    /** Runs the searcher on {@link #SEARCHERS} threads until the writer returns; gives the number of searches. */
    private int runWhileWriting(Runnable writer, Runnable searcher) throws InterruptedException {
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
            writer.run();
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

        int searches = runWhileWriting(
                () -> {
                    for (int i = 0; i < deletedCount; i++) {
                        account.delete(ids.get(i)); // also rewrites segments as deleted rows pile up
                        account.put(random.faceId(), random.next(), Set.of());
                        deletedSoFar.set(i + 1);
                    }
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
        assertThat(searches).isGreaterThan(20);
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

        int searches = runWhileWriting(
                () -> {
                    for (int i = 0; i < 3_000; i++) {
                        account.attach(list, List.of(moving));
                        account.detach(list, List.of(moving));
                    }
                },
                () -> assertThat(searchEveryFace(List.of(descriptor), 1).getFirst()).containsExactly(moving));

        assertThat(failures).isEmpty();
        assertThat(searches).isGreaterThan(20);
    }
}
