package org.openluna.localstack.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.function.Function;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The floor of a cold start: Spring Cloud Function on the platform's own libraries with one function
 * that answers an API Gateway event without reading anything. No group can start faster than this.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class BareFunctionApplication {

    @Bean
    Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> apiGateway() {
        return event -> APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{}").build();
    }
}
