package org.openluna.shared.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.events.Events;

/**
 * Events as candidates (ADR 0013): the events the filter chooses are read as {@code GET /6/events} reads
 * them, and those that keep a descriptor are compared with every reference through the platform's one
 * similarity, keeping the best of each. The matcher service indexes faces only, so this is a scan of
 * the chosen events, bounded as a listing is: at most {@link #MAX_READ} events read, past which the
 * request is 12039 and the filter must be narrowed (by time, handler, source, ...).
 */
public final class EventCandidateSearch {
    /** The most events one candidate set may read. */
    public static final int MAX_READ = 10_000;

    private final Events events;

    public EventCandidateSearch(Events events) {
        this.events = events;
    }

    /** For each query, in order, its best events of the set, at or above the threshold, best first. */
    public List<List<EventMatch>> search(UUID account, List<Descriptor> queries, MatchCandidates.Events candidates) {
        var best = new ArrayList<PriorityQueue<EventMatch>>(queries.size());
        // the worst kept match at the head, so a better one replaces it
        queries.forEach(q -> best.add(new PriorityQueue<>(CandidateMatch.BEST_FIRST.reversed())));
        if (!candidates.excludesCaller()) {
            try (var chosen = events.every(account, candidates.filter(), MAX_READ)) {
                chosen.filter(event -> event.descriptor() != null).forEach(event -> {
                    for (int q = 0; q < queries.size(); q++) {
                        double similarity = queries.get(q).similarityTo(event.descriptor());
                        if (similarity < candidates.threshold()) {
                            continue;
                        }
                        var kept = best.get(q);
                        kept.add(new EventMatch(event, similarity));
                        if (kept.size() > candidates.limit()) {
                            kept.poll();
                        }
                    }
                });
            }
        }
        var results = new ArrayList<List<EventMatch>>(queries.size());
        for (var kept : best) {
            results.add(kept.stream().sorted(CandidateMatch.BEST_FIRST).toList());
        }
        return results;
    }
}
