package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.functions.LunaApplication;
import org.openluna.functions.gateway.FunctionGroup;
import org.openluna.functions.gateway.Gateway;
import org.openluna.functions.gateway.RawRequest;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.functions.gateway.SnapStartPriming;
import org.springframework.boot.SpringApplication;

/**
 * SnapStart's hooks on a group's context against the real stores: before the snapshot every route of
 * the group is called once and refused for its unknown credentials, and after the restore the
 * function serves a real caller.
 */
@ExtendWith(RunningStack.class)
class SnapStartPrimingTest {

    @Test
    void theCheckpointHookCallsEachOfTheGroupsRoutesOnce(RunningStack.Started started) throws Exception {
        var properties = new HashMap<String, Object>();
        StackFunctions.properties(started, FunctionGroup.FACES.functionName()).forEach(properties::put);
        properties.put("spring.main.web-application-type", "none");
        var application = new SpringApplication(LunaApplication.class);
        application.setDefaultProperties(properties);
        try (var context = application.run()) {
            var priming = context.getBean(SnapStartPriming.class);
            var metrics = context.getBean(PrometheusMeterRegistry.class);

            priming.beforeCheckpoint(null);

            var faceRoutes = RouteTable.routes().stream().filter(route -> route.group() == FunctionGroup.FACES).toList();
            assertThat(faceRoutes).hasSize(13);
            for (var route : faceRoutes) {
                var refused = metrics.find("request_count").tags("path", route.template(), "status_code", "401").counter();
                assertThat(refused).as(route.method() + " " + route.template()).isNotNull();
            }
            double calls = metrics.find("request_count").counters().stream().mapToDouble(c -> c.count()).sum();
            assertThat(calls).isEqualTo(faceRoutes.size());

            priming.afterRestore(null);
            var account = new Api(started.stack().gatewayPort()).newAccount("user");
            var request = new RawRequest("GET", "/6/faces", Map.of(),
                    Map.of("Authorization", List.of(Api.basicHeader(account.login(), account.password()))), new byte[0]);
            assertThat(context.getBean(Gateway.class).handle(request).status()).isEqualTo(200);
        }
    }
}
