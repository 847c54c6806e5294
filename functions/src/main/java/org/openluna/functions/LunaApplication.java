package org.openluna.functions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Every {@code /6} resource group as Spring Cloud Function beans. Started by the local stack with the
 * local gateway, or by {@code FunctionInvoker} inside an AWS Lambda with the API Gateway adapter.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LunaApplication {
    public static void main(String[] args) {
        SpringApplication.run(LunaApplication.class, args);
    }
}
