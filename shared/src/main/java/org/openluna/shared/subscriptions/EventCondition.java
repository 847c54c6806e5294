package org.openluna.shared.subscriptions;

import java.util.Collections;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** One filter of a subscription, named as in the query, applied to a subscriber's message. */
sealed interface EventCondition {
    String name();

    boolean test(JsonNode message);

    /** The event holds at least one of the wanted values ("one of"; for a list field, a value in common). */
    record OneOf<T>(String name, Function<JsonNode, Set<T>> values, Set<T> wanted) implements EventCondition {
        public OneOf {
            wanted = Set.copyOf(wanted);
        }

        @Override
        public boolean test(JsonNode message) {
            return !Collections.disjoint(values.apply(message), wanted);
        }
    }

    /** The event holds every wanted value (tags). */
    record AllOf(String name, Function<JsonNode, Set<String>> values, Set<String> wanted) implements EventCondition {
        public AllOf {
            wanted = Set.copyOf(wanted);
        }

        @Override
        public boolean test(JsonNode message) {
            return values.apply(message).containsAll(wanted);
        }
    }

    /**
     * A number within [{@code atLeast}, {@code below}); an absent bound does not limit. An event without
     * the number is outside any range.
     */
    record Range(String name, Function<JsonNode, OptionalDouble> value, Double atLeast, Double below) implements EventCondition {
        @Override
        public boolean test(JsonNode message) {
            var given = value.apply(message);
            if (given.isEmpty()) {
                return false;
            }
            double v = given.getAsDouble();
            return (atLeast == null || v >= atLeast) && (below == null || v < below);
        }
    }

    /** The text contains the wanted part, case-sensitively, as {@code user_data} filters do elsewhere. */
    record Contains(String name, Function<JsonNode, Optional<String>> value, String part) implements EventCondition {
        @Override
        public boolean test(JsonNode message) {
            return value.apply(message).map(text -> text.contains(part)).orElse(false);
        }
    }

    /** The event's geo position lies in the box around the origin, borders included. */
    record GeoBox(String name, double originLongitude, double originLatitude, double longitudeDelta, double latitudeDelta)
            implements EventCondition {
        @Override
        public boolean test(JsonNode message) {
            return EventFields.geoPosition(message)
                    .map(p -> Math.abs(p.longitude() - originLongitude) <= longitudeDelta
                            && Math.abs(p.latitude() - originLatitude) <= latitudeDelta)
                    .orElse(false);
        }
    }
}
