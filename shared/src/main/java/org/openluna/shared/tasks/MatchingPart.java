package org.openluna.shared.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.shared.api.Json;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.matching.FaceMatching;
import org.openluna.shared.matching.MatchCandidates;
import org.openluna.shared.matching.MatchReference;
import org.openluna.shared.matching.MatchRequest;
import tools.jackson.databind.node.ArrayNode;

/**
 * One part of a cross-match or a clustering (ADR 0020): its references, faces or events, matched with
 * the candidates in one call of the same {@link FaceMatching} that {@code /6/matcher/faces} uses, so a
 * task finds exactly what the matcher finds. A clustering matches its objects with the same objects:
 * each one's neighbours at or above its threshold. Each reference's item is
 * {@code {reference_id, matches: [{face_id | event_id, similarity}]}}, with the event's
 * {@code track_id} when a clustering of events uses track info.
 */
final class MatchingPart {
    /** The most neighbours a clustered object is searched for: the matcher's longest answer. */
    private static final int CLUSTER_NEIGHBOURS = 100;

    private final FaceMatching matching;
    private final Events events;
    private final Clock clock;

    MatchingPart(FaceMatching matching, Events events, Clock clock) {
        this.matching = matching;
        this.events = events;
        this.clock = clock;
    }

    ArrayNode run(Task task, List<UUID> ids) {
        var content = task.content();
        var account = task.accountId();
        boolean clustering = task.type() == TaskType.CLUSTERING;
        boolean eventReferences = clustering ? TaskRequest.clustersEvents(content) : TaskRequest.matchesEvents(content, "reference_type");
        boolean eventCandidates = clustering ? eventReferences : TaskRequest.matchesEvents(content, "candidate_type");
        int limit = clustering ? CLUSTER_NEIGHBOURS : TaskRequest.limit(content);
        double threshold = clustering ? TaskRequest.clusteringThreshold(content) : TaskRequest.threshold(content);
        var candidateFilters = clustering ? content.get("filters") : content.get("filters").get("candidate_filters");
        MatchCandidates candidates;
        if (eventCandidates) {
            var filter = clustering ? TaskRequest.events(content, clock) : TaskRequest.eventSide(content, "candidate_filters", clock);
            candidates = new MatchCandidates.Events(filter, TaskRequest.namesOtherAccount(candidateFilters, account), limit, threshold,
                    List.of("event_id", "similarity"), Map.of());
        } else {
            var faces = clustering ? TaskRequest.faces(content, clock) : TaskRequest.candidates(content, clock);
            candidates = new MatchCandidates.Faces(faces.filter(), faces.namesOtherThan(account), limit, threshold, List.of("face_id", "similarity"), Map.of());
        }
        var references = ids.stream().<MatchReference>map(id -> eventReferences ? new MatchReference.Event(id) : new MatchReference.Face(id)).toList();
        Map<UUID, String> tracks = clustering && eventReferences && usesTrackInfo(content) ? tracks(account, ids) : Map.of();
        var matches = Json.mapper().createArrayNode();
        for (var reference : matching.match(account, new MatchRequest(references, List.of(candidates)), null)) {
            var item = matches.addObject();
            var referenceId = switch (reference.reference().reference()) {
                case MatchReference.Face face -> face.faceId();
                case MatchReference.Event event -> event.eventId();
                default -> throw new IllegalStateException("a task matches faces and events only");
            };
            item.put("reference_id", referenceId.toString());
            if (tracks.containsKey(referenceId)) {
                item.put("track_id", tracks.get(referenceId));
            }
            var found = item.putArray("matches");
            reference.matches().getFirst().result().forEach(match -> {
                var candidate = found.addObject();
                candidate.put(eventCandidates ? "event_id" : "face_id", match.candidateId());
                candidate.put("similarity", match.similarity());
            });
        }
        return matches;
    }

    private static boolean usesTrackInfo(tools.jackson.databind.JsonNode content) {
        var params = content.get("params");
        return params != null && params.has("use_track_info") && params.get("use_track_info").asInt() == 1;
    }

    /** The track of each event that has one. */
    private Map<UUID, String> tracks(UUID account, List<UUID> ids) {
        var tracks = new java.util.HashMap<UUID, String>();
        for (StoredEvent event : events.getAll(account, ids)) {
            if (event.trackId() != null && !event.trackId().isEmpty()) {
                tracks.put(event.eventId(), event.trackId());
            }
        }
        return tracks;
    }
}
