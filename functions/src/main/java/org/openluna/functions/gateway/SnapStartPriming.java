package org.openluna.functions.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before SnapStart takes its snapshot, every route the function serves is called once through the
 * gateway with credentials no account has: routing, the access rules, the error catalogue, JSON, the
 * password check and the DynamoDB client (its first call loads the SDK's marshallers and opens a
 * connection) are all loaded and compiled in the snapshot instead of on the first user's request.
 * Nothing is written: every route but the open ones refuses the caller before its function runs, and
 * the open ones only read.
 */
public final class SnapStartPriming implements Resource {
    private static final Logger log = LoggerFactory.getLogger(SnapStartPriming.class);
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
    private static final String NO_SUCH_LOGIN = "Basic " + Base64.getEncoder()
            .encodeToString("priming@snapstart.invalid:not-a-password".getBytes(StandardCharsets.UTF_8));

    private final Gateway gateway;
    private final Set<FunctionGroup> served;

    public SnapStartPriming(Gateway gateway, Set<FunctionGroup> served) {
        this.gateway = gateway;
        this.served = Set.copyOf(served);
    }

    /** Registered with the JVM's checkpoint context, which keeps it for as long as this bean lives. */
    public SnapStartPriming register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        int calls = prime();
        log.info("primed {} routes before the snapshot", calls);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // connections opened before the snapshot are gone; the clients reopen them on first use
    }

    /** Calls each served route once; the number of calls made. */
    int prime() {
        var routes = RouteTable.routes().stream().filter(route -> served.contains(route.group())).toList();
        for (var route : routes) {
            var path = PARAMETER.matcher(route.template()).replaceAll(NO_SUCH_ID);
            gateway.handle(new RawRequest(route.method(), path, Map.of(), Map.of("Authorization", List.of(NO_SUCH_LOGIN)), new byte[0]));
        }
        return routes.size();
    }
}
