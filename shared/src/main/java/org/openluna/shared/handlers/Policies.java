package org.openluna.shared.handlers;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The policies of a static handler (seed l.2984-3544), in the order an events pipeline runs them:
 * detect, extract, match, then store and tag what passes each policy's filters. Read from a request
 * with every documented default filled in, so a stored handler shows the whole object, as LUNA shows
 * it; the defaults and what is refused are in ADR 0011.
 */
public record Policies(DetectPolicy detectPolicy, ExtractPolicy extractPolicy, List<MatchPolicy> matchPolicy,
                       StoragePolicy storagePolicy, List<ConditionalTag> conditionalTagsPolicy) {
    static final Set<String> FIELDS = Set.of("detect_policy", "extract_policy", "match_policy", "storage_policy",
            "conditional_tags_policy");

    public Policies {
        Objects.requireNonNull(detectPolicy, "detect_policy");
        Objects.requireNonNull(extractPolicy, "extract_policy");
        matchPolicy = List.copyOf(matchPolicy);
        Objects.requireNonNull(storagePolicy, "storage_policy");
        conditionalTagsPolicy = List.copyOf(conditionalTagsPolicy);
    }

    /** The policies at {@code path} of a request body; a malformed one is refused with 12022 and the field's path. */
    public static Policies read(JsonNode value, String path) {
        var node = PolicyNode.of(value, path, FIELDS);
        var matchPolicy = node.array("match_policy", MatchPolicy.MAX_POLICIES, MatchPolicy.FIELDS, MatchPolicy::read);
        // the storage and tag filters may name the matches made above, and only those
        var labelled = node.withMatchLabels(matchPolicy.stream().map(MatchPolicy::label).collect(Collectors.toSet()));
        return new Policies(
                DetectPolicy.read(node.object("detect_policy", DetectPolicy.FIELDS)),
                ExtractPolicy.read(node.object("extract_policy", ExtractPolicy.FIELDS)),
                matchPolicy,
                StoragePolicy.read(labelled.object("storage_policy", StoragePolicy.FIELDS)),
                labelled.array("conditional_tags_policy", MatchPolicy.MAX_POLICIES, ConditionalTag.FIELDS, ConditionalTag::read));
    }

    /** The lists the policies name: match candidates' {@code list_id} and the lists faces are linked to, each once. */
    public Set<UUID> listIds() {
        var ids = new LinkedHashSet<UUID>();
        matchPolicy.forEach(match -> {
            if (match.candidates().listId() != null) {
                ids.add(match.candidates().listId());
            }
        });
        storagePolicy.facePolicy().linkToListsPolicy().forEach(link -> ids.add(link.listId()));
        return ids;
    }

    /** The whole object, defaults included, in the seed's order; what a GET shows and what is stored. */
    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("detect_policy", detectPolicy.toJson());
        json.put("extract_policy", extractPolicy.toJson());
        json.put("match_policy", matchPolicy.stream().map(MatchPolicy::toJson).toList());
        json.put("storage_policy", storagePolicy.toJson());
        json.put("conditional_tags_policy", conditionalTagsPolicy.stream().map(ConditionalTag::toJson).toList());
        return json;
    }
}
