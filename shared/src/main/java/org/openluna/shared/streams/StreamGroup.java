package org.openluna.shared.streams;

import java.time.Instant;
import java.util.UUID;

/** A named group of an account's streams (seed l.15600-15679); streams name it, the routes take its id. */
public record StreamGroup(UUID groupId, UUID accountId, String name, String description, Instant createTime) {
    public static final int MAX_DESCRIPTION = 256;
}
