package org.openluna.shared.subscriptions;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A subscriber's filters, from the query of its websocket request. An event reaches the subscriber
 * when it passes every filter given; no filter lets every event of the account through.
 */
public final class EventFilter {
    private static final EventFilter ANY = new EventFilter(List.of());

    private final List<EventCondition> conditions;

    EventFilter(List<EventCondition> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    public static EventFilter any() {
        return ANY;
    }

    /** @param message the subscriber's message: {@code {event, handler_id, event-create-time, ...}} */
    public boolean matches(JsonNode message) {
        for (var condition : conditions) {
            if (!condition.test(message)) {
                return false;
            }
        }
        return true;
    }

    /** The names of the filters given, in the order they are checked. */
    public List<String> names() {
        return conditions.stream().map(EventCondition::name).toList();
    }

    @Override
    public String toString() {
        return "EventFilter" + names();
    }
}
