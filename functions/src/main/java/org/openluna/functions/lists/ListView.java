package org.openluna.functions.lists;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.shared.api.Times;
import org.openluna.shared.faces.FaceList;

/** A list as {@code GET /6/lists} and {@code GET /6/lists/{list_id}} show it (seed l.2306-2321, 2368-2374). */
final class ListView {
    private ListView() {}

    static Map<String, Object> render(FaceList list) {
        var view = new LinkedHashMap<String, Object>();
        view.put("list_id", list.listId());
        view.put("user_data", list.userData());
        view.put("account_id", list.accountId());
        view.put("create_time", Times.format(list.createTime()));
        view.put("last_update_time", Times.format(list.lastUpdateTime()));
        return view;
    }
}
