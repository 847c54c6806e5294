package org.openluna.shared.streams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.events.Location;
import tools.jackson.databind.JsonNode;

/**
 * What a client sets on a stream (seed l.15256-15293), for creation and replacement alike: its name,
 * its video and how to read it, where it is, how it restarts, what it runs, and its group.
 */
public record StreamRequest(String name, String description, StreamData data, Location location, Autorestart autorestart,
                            List<AnalyticUse> analytics, String groupName) {
    public static final int MAX_NAME = 128;
    public static final int MAX_DESCRIPTION = 512;
    public static final Pattern GROUP_NAME = Pattern.compile("^[a-zA-Z0-9_\\-]{1,128}$");
    private static final int MAX_ANALYTICS = 10;
    private static final Set<String> FIELDS = Set.of("name", "description", "data", "location", "autorestart", "analytics", "group_name");
    private static final Set<String> LOCATION_FIELDS = Set.of("city", "area", "district", "street", "house_number", "geo_position");

    public static StreamRequest read(JsonNode body) {
        JsonFields.object(body, "", FIELDS);
        var name = Check.length(JsonFields.string(body, "name").orElse(""), "name", 0, MAX_NAME);
        var description = Check.length(JsonFields.string(body, "description").orElse(""), "description", 0, MAX_DESCRIPTION);
        var data = StreamData.read(Check.required(body.get("data"), "data"), "data");
        var location = body.has("location") ? location(body.get("location")) : Location.NONE;
        var autorestart = body.has("autorestart") ? Autorestart.read(body.get("autorestart"), "autorestart") : Autorestart.DEFAULT;
        var analytics = analytics(Check.required(body.get("analytics"), "analytics"));
        var groupName = Check.matches(JsonFields.string(body, "group_name").orElse(null), "group_name", GROUP_NAME);
        return new StreamRequest(name, description, data, location, autorestart, analytics, groupName);
    }

    /** The handlers the stream's analytics send to, each once. */
    public Set<UUID> handlerIds() {
        var ids = new java.util.LinkedHashSet<UUID>();
        analytics.stream().filter(a -> a.parameters().containsKey("handler_id")).forEach(a -> ids.add(a.handlerId()));
        return ids;
    }

    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("name", name);
        json.put("description", description);
        json.put("data", data.toJson());
        json.put("location", location.toJson());
        json.put("autorestart", Map.of("restart", autorestart.restart() ? 1 : 0, "attempt_count", autorestart.attemptCount(),
                "delay", autorestart.delaySeconds()));
        json.put("analytics", analytics.stream().map(AnalyticUse::toJson).toList());
        json.put("group_name", groupName);
        return json;
    }

    /** The form kept in the table, read back by {@link #read}: what was not given is left out rather than null. */
    public Map<String, Object> toStored() {
        var json = toJson();
        var location = new LinkedHashMap<String, Object>(this.location.toJson());
        location.values().removeIf(java.util.Objects::isNull);
        json.put("location", location);
        if (groupName == null) {
            json.remove("group_name");
        }
        return json;
    }

    private static List<AnalyticUse> analytics(JsonNode node) {
        if (!node.isArray() || node.isEmpty() || node.size() > MAX_ANALYTICS) {
            throw Check.invalid("analytics", "must be an array of 1 to " + MAX_ANALYTICS + " analytics");
        }
        var uses = new ArrayList<AnalyticUse>();
        for (int i = 0; i < node.size(); i++) {
            uses.add(AnalyticUse.read(node.get(i), "analytics." + i));
        }
        return List.copyOf(uses);
    }

    private static Location location(JsonNode node) {
        JsonFields.object(node, "location", LOCATION_FIELDS);
        Double longitude = null;
        Double latitude = null;
        if (node.has("geo_position")) {
            var geo = JsonFields.object(node.get("geo_position"), "location.geo_position", Set.of("longitude", "latitude"));
            longitude = coordinate(geo, "longitude", 180);
            latitude = coordinate(geo, "latitude", 90);
        }
        return new Location(part(node, "city"), part(node, "area"), part(node, "district"), part(node, "street"),
                part(node, "house_number"), longitude, latitude);
    }

    private static String part(JsonNode node, String field) {
        return Check.length(JsonFields.string(node, field).orElse(null), "location." + field, 0, Location.MAX_PART);
    }

    private static Double coordinate(JsonNode geo, String field, double bound) {
        var value = geo.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || Math.abs(value.asDouble()) > bound) {
            throw Check.invalid("location.geo_position." + field, "must be a number from " + -bound + " to " + bound);
        }
        return value.asDouble();
    }
}
