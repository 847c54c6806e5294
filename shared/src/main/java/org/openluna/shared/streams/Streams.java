package org.openluna.shared.streams;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.Times;
import org.openluna.shared.auth.Caller;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.tables.HandlersTable;
import org.openluna.shared.tables.StreamGroupsTable;
import org.openluna.shared.tables.StreamLogsTable;
import org.openluna.shared.tables.StreamsTable;

/**
 * The video streams of each account (seed l.15253-15571; ADR 0024). Everything a request asks is
 * checked before anything is written: the body (12022), what cannot run here (27002), the handlers its
 * analytics send to and the caller's right to send there (22020, 11064), the reference's target, the
 * group it names (22052). Another account's stream answers as a missing one. A processor runs each
 * stream that should run; this class only says what should. The token a stream sends events with is
 * the processor's to grant and revoke, so no function but the tokens group writes tokens.
 */
public final class Streams {
    private final StreamsTable table;
    private final StreamGroupsTable groups;
    private final StreamLogsTable logs;
    private final HandlersTable handlers;
    private final StreamSources sources;
    private final Clock clock;

    public Streams(StreamsTable table, StreamGroupsTable groups, StreamLogsTable logs, HandlersTable handlers, StreamSources sources,
                   Clock clock) {
        this.table = table;
        this.groups = groups;
        this.logs = logs;
        this.handlers = handlers;
        this.sources = sources;
        this.clock = clock;
    }

    public Stream create(Caller caller, StreamRequest request) {
        var account = caller.account();
        var groupIds = admit(caller, request);
        var streamId = UUID.randomUUID();
        var stream = new Stream(streamId, account, request, 1, Times.now(clock), StreamStatus.PENDING, null, groupIds, 0, null,
                Stream.Lease.none(1));
        table.create(stream);
        log(account, streamId, StreamStatus.PENDING, null);
        return stream;
    }

    public Stream get(UUID account, UUID streamId) {
        return table.get(account, streamId).orElseThrow(() -> notFound(streamId));
    }

    /** One page of the streams that pass the filter, by creation time in the order asked. */
    public List<Stream> find(UUID account, StreamFilter filter, Paging paging, boolean newestFirst) {
        var order = Comparator.comparing(Stream::createTime).thenComparing(Stream::streamId);
        return matching(account, filter).sorted(newestFirst ? order.reversed() : order).skip(paging.offset()).limit(paging.pageSize())
                .toList();
    }

    public long count(UUID account, StreamFilter filter) {
        return matching(account, filter).count();
    }

    /** Replaces what the client set and starts it again from the beginning; the new version. */
    public long replace(Caller caller, UUID streamId, StreamRequest request) {
        var account = caller.account();
        var groupIds = admit(caller, request);
        var before = get(account, streamId);
        var kept = new HashSet<>(before.groupIds());
        kept.addAll(groupIds);
        var version = table.replace(account, streamId, request, kept).orElseThrow(() -> notFound(streamId));
        log(account, streamId, StreamStatus.PENDING, null);
        return version;
    }

    /** {@code stop} ends the stream's processing; {@code resume} starts it again, whatever ended it. */
    public void stop(UUID account, UUID streamId) {
        if (!table.setByClient(account, streamId, StreamStatus.STOP)) {
            throw notFound(streamId);
        }
        log(account, streamId, StreamStatus.STOP, null);
    }

    public void resume(UUID account, UUID streamId) {
        if (!table.setByClient(account, streamId, StreamStatus.PENDING)) {
            throw notFound(streamId);
        }
        log(account, streamId, StreamStatus.PENDING, null);
    }

    public void delete(UUID account, UUID streamId) {
        if (!table.delete(account, streamId)) {
            throw notFound(streamId);
        }
    }

    /** Deletes those of the streams the account has, and says nothing of the others, as a bulk delete does. */
    public void deleteAll(UUID account, List<UUID> streamIds) {
        for (var streamId : streamIds) {
            table.delete(account, streamId);
        }
    }

    /** The groups of the account by id, to show a stream's groups by name. */
    public Map<UUID, String> groupNames(UUID account) {
        return groups.all(account).stream().collect(Collectors.toMap(StreamGroup::groupId, StreamGroup::name));
    }

    private java.util.stream.Stream<Stream> matching(UUID account, StreamFilter filter) {
        var groupIds = groups.all(account).stream().collect(Collectors.toMap(StreamGroup::name, StreamGroup::groupId));
        return table.all(account).stream().filter(stream -> filter.matches(stream, groupIds));
    }

    /** Checks what creating or replacing with this request needs; the groups it names. */
    private Set<UUID> admit(Caller caller, StreamRequest request) {
        sources.requireReadable(request.data().reference(), "data.reference");
        for (var handlerId : request.handlerIds()) {
            // the stream sends events through the handler for as long as it runs, with a token of its own
            caller.require(PermissionObject.EVENT, Verb.CREATION);
            caller.requireEmitEvents(handlerId);
            handlers.get(caller.account(), handlerId).orElseThrow(() -> new LunaException(ErrorCode.HANDLER_NOT_FOUND, handlerId));
        }
        if (request.groupName() == null) {
            return Set.of();
        }
        return groups.all(caller.account()).stream().filter(g -> g.name().equals(request.groupName())).map(StreamGroup::groupId)
                .findFirst().map(Set::of)
                .orElseThrow(() -> new LunaException(ErrorCode.GROUP_NAME_NOT_FOUND, request.groupName()));
    }

    private void log(UUID account, UUID streamId, StreamStatus status, String error) {
        logs.add(account, new StreamLog(streamId, Times.now(clock), status, error));
    }

    private static LunaException notFound(UUID streamId) {
        return new LunaException(ErrorCode.STREAM_NOT_FOUND, streamId);
    }
}
