package org.openluna.functions.gateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.LunaException;

/**
 * The Lambda face of the gateway: an API Gateway HTTP API (payload 2.0) event in, its response out.
 * Spring Cloud Function's {@code FunctionInvoker} calls it; nothing here knows more of AWS than the
 * event's shape.
 */
public final class ApiGatewayFunction implements Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final Gateway gateway;

    public ApiGatewayFunction(Gateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public APIGatewayV2HTTPResponse apply(APIGatewayV2HTTPEvent event) {
        ApiResponse response;
        try {
            response = gateway.handle(toRawRequest(event));
        } catch (LunaException e) {
            response = gateway.refuse(e);
        }
        boolean isText = response.headers().getOrDefault("Content-Type", "").startsWith(ApiResponse.JSON)
                || response.headers().getOrDefault("Content-Type", "").startsWith("text/");
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withIsBase64Encoded(!isText)
                .withBody(isText ? new String(response.body(), StandardCharsets.UTF_8)
                        : Base64.getEncoder().encodeToString(response.body()))
                .build();
    }

    static RawRequest toRawRequest(APIGatewayV2HTTPEvent event) {
        var headers = new LinkedHashMap<String, List<String>>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
        }
        if (event.getCookies() != null && !event.getCookies().isEmpty()) {
            // payload 2.0 moves cookies out of the headers
            headers.put("Cookie", List.of(String.join("; ", event.getCookies())));
        }
        byte[] body = new byte[0];
        if (event.getBody() != null) {
            body = event.getIsBase64Encoded() ? Base64.getDecoder().decode(event.getBody())
                    : event.getBody().getBytes(StandardCharsets.UTF_8);
        }
        return new RawRequest(event.getRequestContext().getHttp().getMethod(), event.getRawPath(),
                QueryStrings.parse(event.getRawQueryString()), headers, body);
    }

}
