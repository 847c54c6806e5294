package org.openluna.functions.events;

import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.Ids;
import org.openluna.shared.handlers.Handler;
import org.openluna.shared.handlers.Handlers;

/** The handler of the path, once the caller's {@code emit_events} permission lets it make events there. */
final class EmittingHandler {
    private EmittingHandler() {}

    static Handler of(ApiRequest req, Handlers handlers) {
        var handlerId = Ids.pathId(req.path("handler_id"));
        // checked before the handler is read, so a refused caller learns nothing of it
        req.caller().requireEmitEvents(handlerId);
        return handlers.get(req.caller().account(), handlerId);
    }
}
