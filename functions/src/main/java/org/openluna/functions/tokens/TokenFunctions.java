package org.openluna.functions.tokens;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.auth.TokenRequest;
import org.openluna.shared.auth.Tokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /6/tokens} and {@code /6/tokens/{token_id}} (seed l.156-409). */
@Configuration(proxyBeanMethods = false)
public class TokenFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> createToken(Tokens tokens) {
        return req -> {
            var request = TokenRequest.fromJson(req.jsonTree(), req.query().flag("grant_all_permissions", false));
            return ApiResponse.created(TokenView.issued(tokens.create(req.caller(), request)));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getTokens(Tokens tokens, Clock clock) {
        return req -> {
            var query = req.query();
            var paging = Paging.from(query);
            var all = tokens.list(req.caller(), query.uuid("account_id").orElse(null), TimeRange.from(query, "create_time", clock));
            return ApiResponse.ok(Map.of("tokens", paging.slice(all).stream().map(t -> TokenView.of(t, req.caller())).toList()));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getToken(Tokens tokens) {
        return req -> ApiResponse.ok(TokenView.of(tokens.get(req.caller(), Ids.pathId(req.path("token_id"))), req.caller()));
    }

    @Bean
    Function<ApiRequest, ApiResponse> replaceToken(Tokens tokens) {
        return req -> {
            var tokenId = Ids.pathId(req.path("token_id"));
            var request = TokenRequest.fromJson(req.jsonTree(), req.query().flag("grant_all_permissions", false));
            return ApiResponse.ok(TokenView.issued(tokens.replace(req.caller(), tokenId, request)));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteToken(Tokens tokens) {
        return req -> {
            tokens.delete(req.caller(), Ids.pathId(req.path("token_id")));
            return ApiResponse.noContent();
        };
    }
}
