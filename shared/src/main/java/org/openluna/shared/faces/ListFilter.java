package org.openluna.shared.faces;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.TimeRange;

/**
 * The filters of {@code GET /6/lists} and {@code GET /6/lists/count} (seed l.2290-2357).
 *
 * @param listIds null for any list
 * @param userData a part of {@code user_data}, case-sensitive; null for any
 * @param userDataEquals the whole {@code user_data}; null for any
 */
public record ListFilter(List<UUID> listIds, IdRange listId, TimeRange createTime, TimeRange lastUpdateTime,
                         String userData, String userDataEquals) {
    public ListFilter {
        listIds = listIds == null ? null : List.copyOf(listIds);
        listId = listId == null ? IdRange.any() : listId;
        createTime = createTime == null ? new TimeRange(null, null) : createTime;
        lastUpdateTime = lastUpdateTime == null ? new TimeRange(null, null) : lastUpdateTime;
    }

    public static ListFilter from(QueryParams query, Clock clock) {
        return new ListFilter(
                query.uuids("list_ids").orElse(null),
                IdRange.from(query, "list_id"),
                TimeRange.from(query, "create_time", clock),
                TimeRange.from(query, "last_update_time", clock),
                query.string("user_data").orElse(null),
                query.string("user_data__eq").orElse(null));
    }

    /** As with faces: bounds on list_id sort the answer by id, otherwise lists come in time order. */
    public boolean sortsById() {
        return listId.isBounded();
    }

    public boolean matches(FaceList list) {
        return (listIds == null || listIds.contains(list.listId()))
                && listId.contains(list.listId())
                && createTime.contains(list.createTime())
                && lastUpdateTime.contains(list.lastUpdateTime())
                && (userData == null || list.userData().contains(userData))
                && (userDataEquals == null || list.userData().equals(userDataEquals));
    }
}
