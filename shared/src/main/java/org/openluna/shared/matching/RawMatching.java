package org.openluna.shared.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /6/matcher/raw} (seed l.2911-2957): every reference descriptor with every candidate
 * descriptor, all given inline; nothing is read or stored. Each reference's matches come best first,
 * as the seed's example shows them (1, 0.867, 0.678), equal similarities in the order given.
 */
public final class RawMatching {
    /** Ours, the seed prints no bound: as many references as {@code /6/matcher/faces} takes. */
    public static final int MAX_REFERENCES = 30;
    /** Ours: a thousand candidates of 512 bytes each is 0.7 MB of base64, well inside the body limit. */
    public static final int MAX_CANDIDATES = 1000;
    private static final Set<String> FIELDS = Set.of("references", "candidates");

    public record Match(String candidateId, double similarity) {}

    public record ReferenceMatches(String referenceId, List<Match> matches) {
        public ReferenceMatches {
            matches = List.copyOf(matches);
        }
    }

    private RawMatching() {}

    public static List<ReferenceMatches> match(JsonNode body) {
        JsonFields.object(body, "", FIELDS);
        var references = entities(body, "references", MAX_REFERENCES);
        var candidates = entities(body, "candidates", MAX_CANDIDATES);
        var answer = new ArrayList<ReferenceMatches>(references.size());
        for (var reference : references) {
            var matches = new ArrayList<Match>(candidates.size());
            for (var candidate : candidates) {
                matches.add(new Match(candidate.id(), reference.descriptor().similarityTo(candidate.descriptor())));
            }
            // a stable sort: equal similarities keep the order the client gave
            matches.sort(Comparator.comparingDouble(Match::similarity).reversed());
            answer.add(new ReferenceMatches(reference.id(), matches));
        }
        return answer;
    }

    private static List<DescriptorEntity> entities(JsonNode body, String field, int max) {
        var list = Check.required(body.get(field), field);
        if (!list.isArray() || list.isEmpty() || list.size() > max) {
            throw Check.invalid(field, "must be an array of 1 to " + max + " descriptors");
        }
        var entities = new ArrayList<DescriptorEntity>(list.size());
        for (int i = 0; i < list.size(); i++) {
            var path = field + "." + i;
            if (!list.get(i).isObject()) {
                throw Check.invalid(path, "must be an object");
            }
            entities.add(DescriptorEntity.read(list.get(i), path, DescriptorEntity.RAW_TYPES));
        }
        return entities;
    }
}
