package org.openluna.functions.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.shared.api.Times;
import org.openluna.shared.handlers.Handler;
import org.openluna.shared.handlers.HandlerType;

/**
 * A handler as {@code GET /6/handlers} and {@code GET /6/handlers/{handler_id}} show it (seed
 * l.5048-5564): a static handler's whole policies, defaults included; a dynamic one's policies are
 * null, as they come with each event.
 */
final class HandlerView {
    private HandlerView() {}

    static Map<String, Object> render(Handler handler) {
        var view = new LinkedHashMap<String, Object>();
        view.put("handler_id", handler.handlerId());
        view.put("account_id", handler.accountId());
        view.put("description", handler.description());
        view.put("policies", handler.policies() == null ? null : handler.policies().toJson());
        view.put("create_time", Times.format(handler.createTime()));
        view.put("last_update_time", Times.format(handler.lastUpdateTime()));
        view.put("handler_type", handler.handlerType().code());
        if (handler.handlerType() == HandlerType.LAMBDA) {
            view.put("lambda_id", handler.lambdaId());
        }
        return view;
    }
}
