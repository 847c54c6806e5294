package org.openluna.shared.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A clustering's answer from each face's neighbours above the threshold: two faces share a cluster
 * when one found the other, and clusters are the connected groups (single linkage, by union-find).
 * Largest first; a face that found no one is a cluster of its own.
 */
final class Clusters {
    private final Map<String, String> parent = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    /**
     * @param matches each object's {@code {reference_id, matches: [{face_id | event_id}]}}, as the matching
     *                subtasks wrote them; events of one {@code track_id}, when written, share a cluster too
     */
    static Clusters of(List<JsonNode> matches) {
        var clusters = new Clusters();
        var firstOfTrack = new java.util.HashMap<String, String>();
        for (var reference : matches) {
            var id = reference.get("reference_id").asString();
            clusters.add(id);
            if (reference.has("track_id")) {
                clusters.join(id, firstOfTrack.computeIfAbsent(reference.get("track_id").asString(), track -> id));
            }
            reference.get("matches").forEach(match -> {
                var other = (match.has("face_id") ? match.get("face_id") : match.get("event_id")).asString();
                clusters.add(other);
                clusters.join(id, other);
            });
        }
        return clusters;
    }

    private void add(String id) {
        if (parent.putIfAbsent(id, id) == null) {
            order.add(id);
        }
    }

    private String root(String id) {
        var root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    private void join(String a, String b) {
        var rootA = root(a);
        var rootB = root(b);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
    }

    Map<String, Object> toJson() {
        var groups = new LinkedHashMap<String, List<String>>();
        for (var id : order) {
            groups.computeIfAbsent(root(id), key -> new ArrayList<>()).add(id);
        }
        var clusters = new ArrayList<>(groups.values());
        clusters.sort(Comparator.comparingInt((List<String> cluster) -> cluster.size()).reversed());
        var json = new LinkedHashMap<String, Object>();
        json.put("clusters", clusters);
        json.put("total_objects", order.size());
        json.put("total_clusters", clusters.size());
        return json;
    }
}
