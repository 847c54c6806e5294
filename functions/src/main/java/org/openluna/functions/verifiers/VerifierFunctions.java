package org.openluna.functions.verifiers;

import static org.openluna.functions.verifiers.VerifierBodies.answer;
import static org.openluna.functions.verifiers.VerifierBodies.body;
import static org.openluna.functions.verifiers.VerifierBodies.verifierId;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.platform.VerifiersConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Paging;
import org.openluna.shared.auth.AccountQuery;
import org.openluna.shared.verifiers.Verifier;
import org.openluna.shared.verifiers.VerifierFilter;
import org.openluna.shared.verifiers.VerifierRequest;
import org.openluna.shared.verifiers.Verifiers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code /6/verifiers} and {@code /6/verifiers/{verifier_id}} (seed l.10811-11756, l.13059-13730): the
 * verifiers of the caller's account. Verifications are in {@link VerificationFunctions}.
 */
@Configuration(proxyBeanMethods = false)
@Import(VerifiersConfiguration.class)
public class VerifierFunctions {
    static final String URL_PREFIX = "/6/verifiers/";

    /** The reply to a creation, as the seed shows it (l.11127-11129). */
    record Created(UUID verifierId, String url) {
        static Created of(UUID verifierId) {
            return new Created(verifierId, URL_PREFIX + verifierId);
        }
    }

    @Bean
    Function<ApiRequest, ApiResponse> createVerifier(Verifiers verifiers) {
        return req -> {
            var verifier = verifiers.create(req.caller().account(), VerifierRequest.read(body(req)));
            return answer(req, 201, Created.of(verifier.verifierId()));
        };
    }

    /** The seed's example answers a bare array of verifiers (l.11138), as it does for handlers. */
    @Bean
    Function<ApiRequest, ApiResponse> getVerifiers(Verifiers verifiers) {
        return req -> {
            var query = req.query();
            var filter = VerifierFilter.from(query);
            var paging = Paging.from(query);
            List<Verifier> found = AccountQuery.excludesCaller(query, req.caller()) ? List.of()
                    : verifiers.find(req.caller().account(), filter, paging);
            return answer(req, 200, found.stream().map(VerifierView::render).toList());
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> countVerifiers(Verifiers verifiers) {
        return req -> {
            var query = req.query();
            var filter = VerifierFilter.from(query);
            long count = AccountQuery.excludesCaller(query, req.caller()) ? 0 : verifiers.count(req.caller().account(), filter);
            return answer(req, 200, Map.of("verifiers_count", count));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getVerifier(Verifiers verifiers) {
        return req -> answer(req, 200, VerifierView.render(verifiers.get(req.caller().account(), verifierId(req))));
    }

    @Bean
    Function<ApiRequest, ApiResponse> headVerifier(Verifiers verifiers) {
        return req -> {
            verifiers.get(req.caller().account(), verifierId(req));
            return new ApiResponse(200, Map.of(), new byte[0]);
        };
    }

    /** "You can not update a part of verifier" (seed l.13400): the body is a whole verifier; the answer its new version (l.13714). */
    @Bean
    Function<ApiRequest, ApiResponse> replaceVerifier(Verifiers verifiers) {
        return req -> {
            var verifierId = verifierId(req);
            long version = verifiers.replace(req.caller().account(), verifierId, VerifierRequest.read(body(req)));
            return answer(req, 200, Map.of("version", version));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> deleteVerifier(Verifiers verifiers) {
        return req -> {
            verifiers.delete(req.caller().account(), verifierId(req));
            return ApiResponse.noContent();
        };
    }
}
