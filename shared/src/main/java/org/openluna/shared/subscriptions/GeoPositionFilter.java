package org.openluna.shared.subscriptions;

import static org.openluna.shared.api.QueryParams.bad;

import java.util.HashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The websocket's composite geo filter, {@code geo_position=origin_longitude,36.616,origin_latitude,55.752}
 * (l.13754): name and value pairs. Both origins are required; the deltas may follow, as in the events'
 * separate parameters, with their default of 0.01 degrees and range 0-90 (l.8680-8681).
 */
final class GeoPositionFilter {
    private static final String NAME = "geo_position";
    private static final Set<String> KEYS = Set.of("origin_longitude", "origin_latitude", "longitude_delta", "latitude_delta");
    private static final Pattern DECIMAL = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");

    private GeoPositionFilter() {}

    static EventCondition.GeoBox parse(String raw) {
        var parts = raw.split(",", -1);
        if (parts.length % 2 != 0) {
            throw bad(NAME);
        }
        var values = new HashMap<String, Double>();
        for (int i = 0; i < parts.length; i += 2) {
            if (!KEYS.contains(parts[i]) || !DECIMAL.matcher(parts[i + 1]).matches() || values.containsKey(parts[i])) {
                throw bad(NAME);
            }
            values.put(parts[i], Double.parseDouble(parts[i + 1]));
        }
        if (!values.containsKey("origin_longitude") || !values.containsKey("origin_latitude")) {
            throw bad(NAME);
        }
        double longitude = within(values.get("origin_longitude"), 180);
        double latitude = within(values.get("origin_latitude"), 90);
        double longitudeDelta = delta(values.getOrDefault("longitude_delta", EventFilters.DEFAULT_GEO_DELTA));
        double latitudeDelta = delta(values.getOrDefault("latitude_delta", EventFilters.DEFAULT_GEO_DELTA));
        return new EventCondition.GeoBox(NAME, longitude, latitude, longitudeDelta, latitudeDelta);
    }

    private static double within(double value, double limit) {
        if (value < -limit || value > limit) {
            throw bad(NAME);
        }
        return value;
    }

    private static double delta(double value) {
        if (value < 0 || value > 90) {
            throw bad(NAME);
        }
        return value;
    }
}
