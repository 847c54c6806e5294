package org.openluna.shared.streams;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.TimeRange;

/**
 * The filters of {@code GET /6/streams} and its count (seed l.15297-15310). {@code agent_id} names the
 * processor running a stream, our agents; {@code group_name} a group the stream is in. An account's
 * streams are few enough to be read whole and filtered here.
 */
public record StreamFilter(List<UUID> streamIds, IdRange streamIdRange, List<String> names, String reference,
                           Set<StreamStatus> statuses, TimeRange createTime, UUID agentId, String groupName) {

    public static StreamFilter from(QueryParams query, Clock clock) {
        var names = query.string("names").map(raw -> List.of(raw.split(","))).orElse(null);
        if (names != null && names.stream().anyMatch(name -> name.length() > StreamRequest.MAX_NAME)) {
            throw QueryParams.bad("names");
        }
        var reference = query.string("reference").orElse(null);
        if (reference != null && reference.length() > StreamData.MAX_REFERENCE) {
            throw QueryParams.bad("reference");
        }
        var groupName = query.string("group_name").orElse(null);
        if (groupName != null && !StreamRequest.GROUP_NAME.matcher(groupName).matches()) {
            throw QueryParams.bad("group_name");
        }
        return new StreamFilter(query.uuids("stream_ids").orElse(null), IdRange.from(query, "stream_id"), names, reference,
                StreamStatuses.from(query).orElse(null), TimeRange.from(query, "create_time", clock), query.uuid("agent_id").orElse(null),
                groupName);
    }

    /** {@code groupIds}: the account's groups by name. */
    boolean matches(Stream stream, Map<String, UUID> groupIds) {
        return (streamIds == null || streamIds.contains(stream.streamId()))
                && streamIdRange.contains(stream.streamId())
                && (names == null || names.contains(stream.definition().name()))
                && (reference == null || reference.equals(stream.definition().data().reference()))
                && (statuses == null || statuses.contains(stream.status()))
                && createTime.contains(stream.createTime())
                && (agentId == null || agentId.equals(stream.lease().owner()))
                && (groupName == null || (groupIds.containsKey(groupName) && stream.groupIds().contains(groupIds.get(groupName))));
    }
}
