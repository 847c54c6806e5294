package org.openluna.functions;

import org.openluna.functions.gateway.GatewayConfiguration;
import org.openluna.functions.platform.LunaSettings;
import org.openluna.functions.platform.PlatformConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The {@code /6} resource groups as Spring Cloud Function beans: the groups {@code luna.function-groups}
 * names (every one on the embedded default, one per AWS Lambda), the core every group needs, and the
 * gateway. Started by the local stack with the local gateway, or by {@code FunctionInvoker} inside an
 * AWS Lambda with the API Gateway adapter. Nothing is found by scanning: what a group's context holds
 * is what its configurations import.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableConfigurationProperties(LunaSettings.class)
@Import({PlatformConfiguration.class, GatewayConfiguration.class, FunctionGroups.class})
public class LunaApplication {
    public static void main(String[] args) {
        SpringApplication.run(LunaApplication.class, args);
    }
}
