package org.openluna.shared.handlers;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.Times;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.tables.HandlersTable;
import org.openluna.shared.tables.ListsTable;

/**
 * The handlers of each account (seed l.2964-6176). Everything a request asks is checked before
 * anything is written, in this order: the body's shape (12022), what this platform cannot do (27002),
 * then the lists the policies name (22008), so a refused request changes nothing. Another account's
 * handler answers as a missing one.
 */
public final class Handlers {
    private final HandlersTable table;
    private final ListsTable lists;
    private final CallbackTargets callbackTargets;
    private final Clock clock;

    public Handlers(HandlersTable table, ListsTable lists, CallbackTargets callbackTargets, Clock clock) {
        this.table = table;
        this.lists = lists;
        this.callbackTargets = callbackTargets;
        this.clock = clock;
    }

    public Handler create(UUID account, HandlerRequest request) {
        admit(account, request);
        var now = Times.now(clock);
        var handler = new Handler(UUID.randomUUID(), account, request.description(), request.handlerType(), request.policies(),
                request.lambdaId(), now, now);
        table.create(handler);
        return handler;
    }

    public Handler get(UUID account, UUID handlerId) {
        return table.get(account, handlerId).orElseThrow(() -> notFound(handlerId));
    }

    /** Replaces the whole handler, its type included; its id and creation time stay. */
    public void replace(UUID account, UUID handlerId, HandlerRequest request) {
        admit(account, request);
        var existing = get(account, handlerId);
        var replaced = new Handler(handlerId, account, request.description(), request.handlerType(), request.policies(),
                request.lambdaId(), existing.createTime(), Times.now(clock));
        if (!table.replace(replaced)) {
            throw notFound(handlerId);
        }
    }

    public void delete(UUID account, UUID handlerId) {
        if (!table.delete(account, handlerId)) {
            throw notFound(handlerId);
        }
    }

    /** One page of the handlers that pass the filter, newest first. */
    public List<Handler> find(UUID account, HandlerFilter filter, Paging paging) {
        return matching(account, filter).skip(paging.offset()).limit(paging.pageSize()).toList();
    }

    public long count(UUID account, HandlerFilter filter) {
        return matching(account, filter).count();
    }

    /** What {@code POST /6/handlers/validator} checks: all that creating a static handler of these policies would. */
    public void validate(UUID account, Policies policies) {
        UnavailableFeatures.refuse(policies);
        requireLists(account, policies);
        requireCallableTargets(policies);
    }

    /** A callback may not reach the platform's own services, nor networks the deployment keeps out (ADR 0016). */
    private void requireCallableTargets(Policies policies) {
        var callbacks = policies.storagePolicy().callbacks();
        for (int i = 0; i < callbacks.size(); i++) {
            var path = "policies.storage_policy.callbacks." + i + ".url";
            callbackTargets.refusalWithoutLookup(URI.create(callbacks.get(i).url())).ifPresent(reason -> {
                throw Check.invalid(path, reason);
            });
        }
    }

    private Stream<Handler> matching(UUID account, HandlerFilter filter) {
        return table.newestFirst(account).filter(filter::matches);
    }

    private void admit(UUID account, HandlerRequest request) {
        if (request.handlerType() == HandlerType.LAMBDA) {
            // lambdas (seed l.14981-15228) are not served, so no lambda can run a handler's events
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "lambdas");
        }
        if (request.policies() != null) {
            validate(account, request.policies());
        }
    }

    /** Every list the policies name must be a list of the account, as a face's {@code lists} must (ADR 0009). */
    private void requireLists(UUID account, Policies policies) {
        var named = policies.listIds();
        if (named.isEmpty()) {
            return;
        }
        var found = lists.getAll(account, named).stream().map(list -> list.listId()).toList();
        named.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(missing -> {
            throw new LunaException(ErrorCode.LIST_NOT_FOUND, missing);
        });
    }

    private static LunaException notFound(UUID handlerId) {
        return new LunaException(ErrorCode.HANDLER_NOT_FOUND, handlerId);
    }
}
