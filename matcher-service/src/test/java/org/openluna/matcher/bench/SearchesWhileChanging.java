package org.openluna.matcher.bench;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.openluna.matcher.accounts.AccountFaces;
import org.openluna.matcher.search.Match;
import org.openluna.shared.descriptors.Descriptor;

/**
 * Searches of every face timed while a second thread changes the same account at a fixed pace: the
 * measure of the concurrency design. On two cores the writer also takes CPU time from the search.
 */
final class SearchesWhileChanging {
    private final AccountFaces account;
    private final Function<Descriptor, List<Match>> search;
    private final Report report;
    private final int faces;

    SearchesWhileChanging(AccountFaces account, Function<Descriptor, List<Match>> search, Report report, int faces) {
        this.account = account;
        this.search = search;
        this.report = report;
        this.faces = faces;
    }

    /** Adds and deletes: a put of a new face and a delete of an old one, {@code pairsPerSecond} times a second. */
    void whilePuttingAndDeleting(List<Descriptor> queries, List<UUID> oldFaces, int pairsPerSecond) throws InterruptedException {
        var newFaces = new RandomFaces(7);
        // made in advance: drawing 512 Gaussians per face would cost the writer more than the index does
        List<Descriptor> descriptors = newFaces.nextDescriptors(1_000);
        var writes = new Latencies(2 * oldFaces.size());
        run(queries, pairsPerSecond, 2, writes, next -> {
            UUID added = newFaces.nextId();
            Descriptor descriptor = descriptors.get(next % descriptors.size());
            UUID deleted = oldFaces.get(next);
            writes.add(timed(() -> account.put(added, descriptor, Set.of())));
            writes.add(timed(() -> account.delete(deleted)));
        }, oldFaces.size(), "puts and deletes");
    }

    /**
     * Moves: faces attached to a list (leaving the unlisted rows) and detached again, which makes a
     * search of every face that overlaps a move run a second time, under the lock that moves wait for.
     */
    void whileMoving(List<Descriptor> queries, List<UUID> someFaces, int movesPerSecond) throws InterruptedException {
        UUID list = new UUID(0, 42);
        var moves = new Latencies(2 * someFaces.size());
        run(queries, movesPerSecond / 2, 2, moves, next -> {
            UUID face = someFaces.get(next);
            moves.add(timed(() -> account.attach(list, List.of(face))));
            moves.add(timed(() -> account.detach(list, List.of(face))));
        }, someFaces.size(), "attaches and detaches");
    }

    private interface Step {
        void run(int next);
    }

    private void run(List<Descriptor> queries, int stepsPerSecond, int changesPerStep, Latencies changes, Step step, int maxSteps,
                     String whatChanges) throws InterruptedException {
        var changing = new AtomicBoolean(true);
        var steps = new int[1];
        var writer = Thread.ofPlatform().start(() -> {
            long due = System.nanoTime();
            while (changing.get() && steps[0] < maxSteps) {
                due += 1_000_000_000L / stepsPerSecond;
                LockSupport.parkNanos(due - System.nanoTime());
                step.run(steps[0]++);
            }
        });
        var searches = new Latencies(queries.size());
        long start = System.nanoTime();
        for (Descriptor query : queries) {
            searches.add(timed(() -> search.apply(query)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        changing.set(false);
        writer.join();
        double perSecond = steps[0] * changesPerStep / seconds;
        report.row(faces, String.format("matcher, 1 query, while another thread %s %,.0f faces/s", whatChanges, perSecond), searches, faces);
        report.timesOnly(faces, "each of those " + whatChanges, changes);
    }

    private static long timed(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }
}
