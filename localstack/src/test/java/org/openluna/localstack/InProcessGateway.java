package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openluna.functions.gateway.FunctionGroup;
import org.openluna.functions.gateway.Gateway;
import org.openluna.functions.gateway.RawRequest;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.auth.Accounts;
import org.openluna.shared.auth.Authorizer;
import org.openluna.shared.auth.Sessions;
import org.openluna.shared.auth.Tokens;

/**
 * A second gateway over the running stack's functions, called in process as the Lambda adapter calls
 * it: for the settings a deployment may turn on that the shared stack leaves off.
 */
final class InProcessGateway {
    private InProcessGateway() {}

    /** A gateway where the bare {@code Luna-Account-Id} header authenticates. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Gateway headerAlone(RunningStack.Started started) {
        var stack = started.stack();
        var authorizer = new Authorizer(stack.bean(Accounts.class), stack.bean(Tokens.class), stack.bean(Sessions.class), true);
        Map<String, Function<ApiRequest, ApiResponse>> functions = (Map) stack.beans(Function.class);
        return new Gateway(functions, EnumSet.allOf(FunctionGroup.class), authorizer, new SimpleMeterRegistry(), 1 << 20, Clock.systemUTC());
    }

    /** @param path with its query, if any; @param body JSON, or null for none */
    static ApiResponse call(Gateway gateway, String method, String path, Map<String, List<String>> headers, byte[] body) {
        var withType = new HashMap<>(headers);
        if (body != null) {
            withType.put("Content-Type", List.of("application/json"));
        }
        var query = new LinkedHashMap<String, List<String>>();
        int mark = path.indexOf('?');
        if (mark >= 0) {
            for (var pair : path.substring(mark + 1).split("&")) {
                int eq = pair.indexOf('=');
                query.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>()).add(pair.substring(eq + 1));
            }
            path = path.substring(0, mark);
        }
        return gateway.handle(new RawRequest(method, path, query, withType, body == null ? new byte[0] : body));
    }

    static void assertError(ApiResponse response, ErrorCode error) {
        var body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.status()).as(body).isEqualTo(error.status());
        RawHttp.assertErrorBody(body, error);
    }
}
