package org.openluna.shared.streams;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.openluna.shared.api.QueryParams;

/** The {@code statuses} query filter of streams and their logs: codes 0-5, or their words as the seed's example writes them (l.15305). */
public final class StreamStatuses {
    private StreamStatuses() {}

    public static Optional<Set<StreamStatus>> from(QueryParams query) {
        return query.string("statuses").map(raw -> {
            var statuses = new LinkedHashSet<StreamStatus>();
            for (var item : raw.split(",")) {
                var word = item.trim();
                var status = java.util.Arrays.stream(StreamStatus.values())
                        .filter(s -> s.word().equals(word) || Integer.toString(s.code()).equals(word)).findFirst()
                        .orElseThrow(() -> QueryParams.bad("statuses"));
                statuses.add(status);
            }
            return Set.copyOf(statuses);
        });
    }
}
