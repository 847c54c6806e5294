package org.openluna.shared.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.faces.FaceFilter;

/**
 * One candidate set of {@code POST /6/matcher/faces}: where the candidates come from (its
 * {@code filters.origin}), how many matches it keeps per reference and from which similarity.
 */
public sealed interface MatchCandidates {
    /** The most matches a candidate set keeps per reference (ours: the seed's example asks 3 and prints no bound). */
    int MAX_LIMIT = 100;
    int DEFAULT_LIMIT = 3;

    int limit();

    double threshold();

    /** Which fields each result shows; {@code similarity} among them. */
    List<String> targets();

    /** The filters as the answer echoes them: as given, with the account the request acts in. */
    Map<String, Object> filtersEcho();

    /**
     * Faces of the account ({@code "origin": "faces"}), filtered as {@code GET /6/faces} filters them.
     *
     * @param excludesCaller true when {@code account_id} names another account: no face is a candidate
     */
    record Faces(FaceFilter filter, boolean excludesCaller, int limit, double threshold, List<String> targets,
                 Map<String, Object> filtersEcho) implements MatchCandidates {
        public static final List<String> TARGETS = List.of("face_id", "account_id", "event_id", "user_data", "create_time",
                "external_id", "avatar", "lists", "similarity");

        public Faces {
            Objects.requireNonNull(filter, "filter");
            targets = List.copyOf(targets);
            filtersEcho = Collections.unmodifiableMap(new LinkedHashMap<>(filtersEcho));
        }
    }

    /**
     * Events of the account ({@code "origin": "events"}), chosen with the filters of {@code GET /6/events}
     * (ADR 0013): those of them that keep a descriptor are compared in the function.
     *
     * @param excludesCaller true when {@code account_id} names another account: no event is a candidate
     */
    record Events(org.openluna.shared.events.EventFilter filter, boolean excludesCaller, int limit, double threshold, List<String> targets,
                  Map<String, Object> filtersEcho) implements MatchCandidates {
        /** The fields of an event candidate, as the seed's events show them (l.6330-6338), and its similarity. */
        public static final List<String> TARGETS = List.of("event_id", "external_id", "user_data", "create_time", "handler_id",
                "source", "stream_id", "similarity");

        public Events {
            Objects.requireNonNull(filter, "filter");
            targets = List.copyOf(targets);
            filtersEcho = Collections.unmodifiableMap(new LinkedHashMap<>(filtersEcho));
        }
    }

    /** Temporary attributes of the account, by id ({@code "origin": "attributes"}). */
    record Attributes(List<UUID> attributeIds, boolean excludesCaller, int limit, double threshold, List<String> targets,
                      Map<String, Object> filtersEcho) implements MatchCandidates {
        public static final List<String> TARGETS = List.of("attribute_id", "account_id", "create_time", "similarity");

        public Attributes {
            attributeIds = List.copyOf(attributeIds);
            targets = List.copyOf(targets);
            filtersEcho = Collections.unmodifiableMap(new LinkedHashMap<>(filtersEcho));
        }
    }
}
