package org.openluna.shared.matching;

import java.util.Objects;
import org.openluna.shared.events.StoredEvent;

/** An event a reference matched, as read from the events table when the match was made. */
public record EventMatch(StoredEvent event, double similarity) implements CandidateMatch {
    public EventMatch {
        Objects.requireNonNull(event, "event");
    }

    @Override
    public String candidateId() {
        return event.eventId().toString();
    }
}
