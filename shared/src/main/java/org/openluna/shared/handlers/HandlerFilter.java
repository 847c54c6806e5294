package org.openluna.shared.handlers;

import java.util.Set;
import org.openluna.shared.api.QueryParams;

/**
 * The filters of {@code GET /6/handlers} and {@code GET /6/handlers/count} (seed l.3549-3554,
 * l.4436-4439).
 *
 * @param handlerType null for any type
 * @param isDynamic the deprecated filter: true for dynamic handlers, false for the others; null for any
 * @param description a part of the description, case-sensitive, as lists filter {@code user_data}; null for any
 */
public record HandlerFilter(HandlerType handlerType, Boolean isDynamic, String description) {

    public static HandlerFilter from(QueryParams query) {
        return new HandlerFilter(
                query.oneOf("handler_type", Set.of(0, 1, 2)).flatMap(HandlerType::ofCode).orElse(null),
                query.oneOf("is_dynamic", Set.of(0, 1)).map(flag -> flag == 1).orElse(null),
                query.string("description").orElse(null));
    }

    public boolean matches(Handler handler) {
        return (handlerType == null || handler.handlerType() == handlerType)
                && (isDynamic == null || (handler.handlerType() == HandlerType.DYNAMIC) == isDynamic)
                && (description == null || handler.description().contains(description));
    }
}
