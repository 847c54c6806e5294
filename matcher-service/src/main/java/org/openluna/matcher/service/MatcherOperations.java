package org.openluna.matcher.service;

import java.util.function.Supplier;
import org.openluna.protocol.matcher.MatcherStatus;

/** What the controller serves, built once at start; searches wait for the initial load. */
public final class MatcherOperations {
    private final SearchOperation search;
    private final Supplier<MatcherStatus> status;

    MatcherOperations(SearchOperation search, Supplier<MatcherStatus> status) {
        this.search = search;
        this.status = status;
    }

    SearchOperation search() { return search; }

    MatcherStatus status() { return status.get(); }
}
