package org.openluna.shared.streams;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.Times;
import org.openluna.shared.tables.StreamGroupsTable;
import org.openluna.shared.tables.StreamsTable;

/**
 * The stream groups of each account (seed l.15578-15679), and the linker that puts streams in them.
 * A group's name is unique in its account (409, 22053); deleting a group takes its streams out of it.
 */
public final class StreamGroups {
    private final StreamGroupsTable table;
    private final StreamsTable streams;
    private final Clock clock;

    public StreamGroups(StreamGroupsTable table, StreamsTable streams, Clock clock) {
        this.table = table;
        this.streams = streams;
        this.clock = clock;
    }

    public StreamGroup create(UUID account, String name, String description) {
        var group = new StreamGroup(UUID.randomUUID(), account, name, description, Times.now(clock));
        if (!table.create(group)) {
            throw new LunaException(ErrorCode.GROUP_NAME_TAKEN, name);
        }
        return group;
    }

    public StreamGroup get(UUID account, UUID groupId) {
        return table.all(account).stream().filter(g -> g.groupId().equals(groupId)).findFirst()
                .orElseThrow(() -> notFound(groupId));
    }

    /** One page of the groups with those ids and names (null: any), oldest first. */
    public List<StreamGroup> find(UUID account, Set<UUID> groupIds, Set<String> names, Paging paging) {
        return matching(account, groupIds, names).skip(paging.offset()).limit(paging.pageSize()).toList();
    }

    public long count(UUID account, Set<UUID> groupIds, Set<String> names) {
        return matching(account, groupIds, names).count();
    }

    public void describe(UUID account, UUID groupId, String description) {
        if (!table.describe(get(account, groupId), description)) {
            throw notFound(groupId);
        }
    }

    public void delete(UUID account, UUID groupId) {
        var group = get(account, groupId);
        if (!table.delete(group)) {
            throw notFound(groupId);
        }
        streams.all(account).stream().filter(s -> s.groupIds().contains(groupId))
                .forEach(s -> streams.link(account, s.streamId(), groupId, false));
    }

    /** The linker: every stream must be the account's (22050), and none is changed unless all are. */
    public void link(UUID account, UUID groupId, List<UUID> streamIds, boolean attach) {
        get(account, groupId);
        var known = streams.all(account).stream().map(Stream::streamId).toList();
        streamIds.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(missing -> {
            throw new LunaException(ErrorCode.STREAM_NOT_FOUND, missing);
        });
        for (var streamId : streamIds) {
            streams.link(account, streamId, groupId, attach);
        }
    }

    private java.util.stream.Stream<StreamGroup> matching(UUID account, Set<UUID> groupIds, Set<String> names) {
        return table.all(account).stream()
                .filter(g -> groupIds == null || groupIds.contains(g.groupId()))
                .filter(g -> names == null || names.contains(g.name()))
                .sorted(Comparator.comparing(StreamGroup::createTime).thenComparing(StreamGroup::groupId));
    }

    private static LunaException notFound(UUID groupId) {
        return new LunaException(ErrorCode.GROUP_NOT_FOUND, groupId);
    }
}
