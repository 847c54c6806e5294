package org.openluna.shared.api;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;

/** The {@code Luna-Request-Id} of a request: "{unix seconds},{uuid}", given by the client or made here. */
public record RequestId(String value) {
    public static final String HEADER = "Luna-Request-Id";
    private static final Pattern FORMAT =
            Pattern.compile("^[0-9]{10},[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$");

    public RequestId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new LunaException(ErrorCode.BAD_HEADER, HEADER);
        }
    }

    /** The client's id when it sent one (null: none; a malformed one is refused), otherwise a new one. */
    public static RequestId fromHeaderOrNew(String header, Clock clock) {
        return header != null ? new RequestId(header) : generate(clock);
    }

    public static RequestId generate(Clock clock) {
        return new RequestId(clock.instant().getEpochSecond() + "," + UUID.randomUUID());
    }
}
