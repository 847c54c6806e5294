package org.openluna.shared.streams;

import java.util.Set;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * A stream's {@code autorestart} (seed l.15275-15279): whether a stream that fails is opened again, how
 * many times, and how many seconds apart. The seed's example values are the defaults.
 */
public record Autorestart(boolean restart, int attemptCount, int delaySeconds) {
    public static final Autorestart DEFAULT = new Autorestart(false, 10, 60);
    private static final int MAX_ATTEMPTS = 1000;
    private static final int MAX_DELAY = 86_400;

    public static Autorestart read(JsonNode node, String path) {
        JsonFields.object(node, path, Set.of("restart", "attempt_count", "delay"));
        return new Autorestart(
                integer(node, "restart", path, DEFAULT.restart ? 1 : 0, 0, 1) == 1,
                integer(node, "attempt_count", path, DEFAULT.attemptCount, 1, MAX_ATTEMPTS),
                integer(node, "delay", path, DEFAULT.delaySeconds, 0, MAX_DELAY));
    }

    private static int integer(JsonNode node, String field, String path, int fallback, int min, int max) {
        var value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw Check.invalid(path + "." + field, "must be an integer from " + min + " to " + max);
        }
        return value.asInt();
    }
}
