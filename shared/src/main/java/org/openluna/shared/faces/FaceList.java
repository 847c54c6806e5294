package org.openluna.shared.faces;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.Check;

/**
 * A list of faces of one account (seed l.2280-2423). {@code lastUpdateTime} moves when faces are
 * attached or detached, as LUNA's faces service defines it.
 */
public record FaceList(UUID listId, UUID accountId, String userData, Instant createTime, Instant lastUpdateTime) {
    public static final int MAX_USER_DATA = 128;

    public FaceList {
        Objects.requireNonNull(listId, "list id");
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(userData, "user data");
        Objects.requireNonNull(createTime, "create time");
        Objects.requireNonNull(lastUpdateTime, "last update time");
        Check.length(userData, "user_data", 0, MAX_USER_DATA);
    }

    public String createKey() {
        return CreateKeys.of(createTime, listId);
    }
}
