package org.openluna.shared.handlers;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.faces.CreateKeys;

/**
 * A handler of one account (seed l.5048-5564).
 *
 * @param policies the policies of a static handler; null for a dynamic one, whose policies come with each event
 * @param lambdaId the lambda of a lambda handler; null otherwise
 */
public record Handler(UUID handlerId, UUID accountId, String description, HandlerType handlerType, Policies policies,
                      UUID lambdaId, Instant createTime, Instant lastUpdateTime) {
    public static final int MAX_DESCRIPTION = 128;

    public Handler {
        Objects.requireNonNull(handlerId, "handler id");
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(description, "description");
        Check.length(description, "description", 0, MAX_DESCRIPTION);
        Objects.requireNonNull(handlerType, "handler type");
        if ((handlerType == HandlerType.STATIC) != (policies != null)) {
            throw new IllegalArgumentException("a static handler, and only a static one, has policies");
        }
        Objects.requireNonNull(createTime, "create time");
        Objects.requireNonNull(lastUpdateTime, "last update time");
    }

    /** Creation time and id: handlers of an account page newest first by it. */
    public String createKey() {
        return CreateKeys.of(createTime, handlerId);
    }
}
