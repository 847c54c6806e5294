package org.openluna.shared.events;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import org.openluna.shared.api.NumberFields;

/**
 * Where an event occurred (seed l.6191-6197, l.8876-8885): five place names of at most 36 characters
 * and a geo position that counts only when both coordinates are given. Every part may be null.
 */
public record Location(String city, String area, String district, String street, String houseNumber, Double longitude,
                       Double latitude) {
    public static final int MAX_PART = 36;
    public static final Location NONE = new Location(null, null, null, null, null, null, null);

    public Location {
        // "considered as properly specified if both longitude and latitude are set" (seed l.6196)
        if (longitude == null || latitude == null) {
            longitude = null;
            latitude = null;
        }
    }

    public boolean hasGeoPosition() {
        return longitude != null;
    }

    /** The place field a filter names: city, area, district, street, house_number. */
    public String part(String field) {
        return switch (field) {
            case "city" -> city;
            case "area" -> area;
            case "district" -> district;
            case "street" -> street;
            case "house_number" -> houseNumber;
            default -> throw new IllegalArgumentException("no location field " + field);
        };
    }

    /** The seed's object: every name, null when not given, and {@code geo_position} null without both coordinates. */
    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("city", city);
        json.put("area", area);
        json.put("district", district);
        json.put("street", street);
        json.put("house_number", houseNumber);
        if (hasGeoPosition()) {
            var geo = new LinkedHashMap<String, Object>();
            geo.put("longitude", longitude);
            geo.put("latitude", latitude);
            json.put("geo_position", geo);
        } else {
            json.put("geo_position", null);
        }
        return json;
    }

    /** Read back from an event's {@code location}; absent or null reads as no location. */
    public static Location fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            return NONE;
        }
        var geo = node.get("geo_position");
        return new Location(text(node, "city"), text(node, "area"), text(node, "district"), text(node, "street"),
                text(node, "house_number"), number(geo, "longitude"), number(geo, "latitude"));
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static Double number(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        var value = node.get(field);
        var read = NumberFields.finite(value);
        return read.isPresent() ? read.getAsDouble() : null;
    }
}
