package org.openluna.shared.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.IdList;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.NumberFields;
import org.openluna.shared.events.EventFilterJson;
import org.openluna.shared.faces.Bodies;
import org.openluna.shared.faces.FaceFields;
import org.openluna.shared.faces.FaceFilterJson;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code POST /6/matcher/faces}, refusing what the seed's schema refuses with 12022 and the path
 * of the field. Events as candidates take the filters of {@code GET /6/events} (ADR 0013).
 */
final class MatchRequestJson {
    private static final Set<String> REFERENCE_ID_TYPES = Set.of("face", "attribute", "face_external_id", "sample", "event",
            "event_external_id");
    private static final Set<String> DESCRIPTOR_TYPES = Set.of(DescriptorEntity.DESCRIPTOR, DescriptorEntity.SDK,
            DescriptorEntity.RAW, DescriptorEntity.XPK);
    private static final Set<String> CANDIDATE_FIELDS = Set.of("filters", "limit", "threshold", "targets");
    private static final Set<String> FACE_FILTERS = java.util.stream.Stream.concat(FaceFilterJson.FIELDS.stream(), java.util.stream.Stream.of("origin"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ATTRIBUTE_FILTERS = Set.of("origin", "attribute_ids", "account_id");

    private final UUID account;
    private final Clock clock;

    MatchRequestJson(UUID account, Clock clock) {
        this.account = account;
        this.clock = clock;
    }

    MatchRequest read(JsonNode body) {
        JsonFields.object(body, "", Set.of("references", "candidates"));
        var references = array(body, "references", 1, MatchRequest.MAX_REFERENCES);
        var candidates = array(body, "candidates", 0, MatchRequest.MAX_CANDIDATES);
        var readReferences = new ArrayList<MatchReference>(references.size());
        for (int i = 0; i < references.size(); i++) {
            readReferences.add(reference(references.get(i), "references." + i));
        }
        var readCandidates = new ArrayList<MatchCandidates>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            readCandidates.add(candidates(candidates.get(i), "candidates." + i));
        }
        return new MatchRequest(readReferences, readCandidates);
    }

    private static JsonNode array(JsonNode body, String field, int min, int max) {
        var value = Check.required(body.get(field), field);
        if (!value.isArray() || value.size() < min || value.size() > max) {
            throw Check.invalid(field, "must be an array of " + min + " to " + max + " items");
        }
        return value;
    }

    private MatchReference reference(JsonNode node, String path) {
        if (!node.isObject()) {
            throw Check.invalid(path, "must be an object");
        }
        var type = node.get("type");
        if (type == null || !type.isString()) {
            throw Check.invalid(path + ".type", type == null ? "field required" : "must be a string");
        }
        var name = type.asString();
        if (DESCRIPTOR_TYPES.contains(name)) {
            return new MatchReference.Given(DescriptorEntity.read(node, path, DESCRIPTOR_TYPES));
        }
        if (!REFERENCE_ID_TYPES.contains(name)) {
            var all = new ArrayList<>(REFERENCE_ID_TYPES);
            all.addAll(DESCRIPTOR_TYPES);
            throw Check.invalid(path + ".type", "must be one of " + all.stream().sorted().toList());
        }
        JsonFields.object(node, path, Set.of("type", "id"));
        var id = Check.required(node.get("id"), path + ".id");
        if (name.endsWith("_external_id")) {
            if (!id.isString()) {
                throw Check.invalid(path + ".id", "must be a string");
            }
            var externalId = Check.length(id.asString(), path + ".id", 1, FaceFields.MAX_EXTERNAL_ID);
            return name.equals("face_external_id") ? new MatchReference.FaceExternalId(externalId) : new MatchReference.EventExternalId(externalId);
        }
        var uuid = Ids.parseUuid(id.isString() ? id.asString() : null).orElseThrow(() -> Check.invalid(path + ".id", "must be a UUID4 in lower case"));
        return switch (name) {
            case "face" -> new MatchReference.Face(uuid);
            case "attribute" -> new MatchReference.Attribute(uuid);
            case "event" -> new MatchReference.Event(uuid);
            default -> new MatchReference.Sample(uuid);
        };
    }

    private MatchCandidates candidates(JsonNode node, String path) {
        JsonFields.object(node, path, CANDIDATE_FIELDS);
        var filters = Check.required(node.get("filters"), path + ".filters");
        if (!filters.isObject()) {
            throw Check.invalid(path + ".filters", "must be an object");
        }
        var origin = filters.get("origin");
        if (origin == null || !origin.isString()) {
            throw Check.invalid(path + ".filters.origin", origin == null ? "field required" : "must be a string");
        }
        int limit = limit(node, path);
        double threshold = threshold(node, path);
        return switch (origin.asString()) {
            case "faces" -> faces(filters, path + ".filters", limit, threshold, targets(node, path, MatchCandidates.Faces.TARGETS));
            case "attributes" -> attributes(filters, path + ".filters", limit, threshold,
                    targets(node, path, MatchCandidates.Attributes.TARGETS));
            case "events" -> events(filters, path + ".filters", limit, threshold, targets(node, path, MatchCandidates.Events.TARGETS));
            default -> throw Check.invalid(path + ".filters.origin", "must be one of ['attributes', 'events', 'faces']");
        };
    }

    private MatchCandidates faces(JsonNode filters, String path, int limit, double threshold, List<String> targets) {
        var read = FaceFilterJson.read(filters, path, FACE_FILTERS, clock);
        var named = read.namedAccount();
        var filter = read.filter();
        return new MatchCandidates.Faces(filter, named != null && !named.equals(account), limit, threshold, targets,
                echo(filters, named));
    }

    private MatchCandidates attributes(JsonNode filters, String path, int limit, double threshold, List<String> targets) {
        JsonFields.object(filters, path, ATTRIBUTE_FILTERS);
        var ids = IdList.read(Check.required(filters.get("attribute_ids"), path + ".attribute_ids"), path + ".attribute_ids",
                "attribute", Bodies.MAX_IDS);
        var named = id(filters, "account_id", path);
        return new MatchCandidates.Attributes(ids, named != null && !named.equals(account), limit, threshold, targets, echo(filters, named));
    }

    /** Events chosen by the filters of {@code GET /6/events}, written as JSON (seed l.2540-2610; ADR 0013). */
    private MatchCandidates events(JsonNode filters, String path, int limit, double threshold, List<String> targets) {
        var filter = EventFilterJson.read(filters, path, clock);
        var named = id(filters, "account_id", path);
        return new MatchCandidates.Events(filter, named != null && !named.equals(account), limit, threshold, targets, echo(filters, named));
    }

    /** The filters as given, {@code origin} first, then the account: the one named, or the one the request acts in. */
    private Map<String, Object> echo(JsonNode filters, UUID named) {
        var echo = new LinkedHashMap<String, Object>();
        echo.put("origin", filters.get("origin").asString());
        echo.put("account_id", named != null ? named : account);
        filters.properties().forEach(entry -> {
            if (!entry.getKey().equals("origin") && !entry.getKey().equals("account_id")) {
                echo.put(entry.getKey(), entry.getValue());
            }
        });
        return echo;
    }

    private static int limit(JsonNode node, String path) {
        var value = node.get("limit");
        if (value == null) {
            return MatchCandidates.DEFAULT_LIMIT;
        }
        return NumberFields.integer(value, path + ".limit", 1, MatchCandidates.MAX_LIMIT);
    }

    private static double threshold(JsonNode node, String path) {
        var value = node.get("threshold");
        if (value == null) {
            return 0;
        }
        return NumberFields.decimal(value, path + ".threshold", 0, 1);
    }

    private static List<String> targets(JsonNode node, String path, List<String> allowed) {
        var value = node.get("targets");
        if (value == null) {
            return allowed;
        }
        var targets = strings(value, path + ".targets");
        for (int i = 0; i < targets.size(); i++) {
            if (!allowed.contains(targets.get(i))) {
                throw Check.invalid(path + ".targets." + i, "must be one of " + allowed);
            }
        }
        return targets;
    }

    private Instant time(JsonNode filters, String field, String path) {
        return JsonFields.time(filters, field, path, clock);
    }

    private static List<String> strings(JsonNode value, String path) {
        return JsonFields.strings(value, path);
    }

    private static String optionalString(JsonNode filters, String field, String path) {
        return JsonFields.optionalString(filters, field, path);
    }

    private static UUID id(JsonNode filters, String field, String path) {
        return JsonFields.id(filters, field, path);
    }
}
