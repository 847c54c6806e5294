package org.openluna.shared.api;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The API's ids are lower-case UUID4 strings; this reads them strictly. */
public final class Ids {
    private static final Pattern UUID_FORMAT =
            Pattern.compile("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$");

    private Ids() {}

    public static Optional<UUID> parseUuid(String raw) {
        if (raw == null || !UUID_FORMAT.matcher(raw).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(raw));
    }

    /** An id in a path segment; a malformed one is the client's mistake. */
    public static UUID pathId(String raw) {
        return parseUuid(raw).orElseThrow(() -> new LunaException(ErrorCode.BAD_PATH_ID, raw));
    }
}
