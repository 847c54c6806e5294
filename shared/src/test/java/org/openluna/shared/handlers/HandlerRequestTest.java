package org.openluna.shared.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;

class HandlerRequestTest {
    private static final String LAMBDA = "0b2c3a52-6a0b-4d65-9d52-9f2e0f7b9f3a";

    private static HandlerRequest read(String json) {
        return HandlerRequest.read(Json.tree(json.replace('\'', '"').getBytes()));
    }

    private static void assertRefused(String json, String path, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(LunaException.class, e -> {
            assertThat(e.error()).isEqualTo(ErrorCode.JSON_VALIDATION_FAILED);
            assertThat(e.detail()).isEqualTo("Failed to validate input json. Path: '" + path + "', message: '" + message + "'");
        });
    }

    @Test
    void theTypeIsHandlerTypeElseTheDeprecatedFlagElseWhetherThereArePolicies() {
        assertThat(read("{'handler_type': 1}").handlerType()).isEqualTo(HandlerType.DYNAMIC);
        assertThat(read("{'is_dynamic': true}").handlerType()).isEqualTo(HandlerType.DYNAMIC);
        assertThat(read("{'is_dynamic': false, 'policies': {}}").handlerType()).isEqualTo(HandlerType.STATIC);
        assertThat(read("{'policies': {}, 'description': 'door'}").handlerType()).isEqualTo(HandlerType.STATIC);
        // "the absence of policies indicates that the handler is dynamic" (seed l.2977)
        assertThat(read("{}").handlerType()).isEqualTo(HandlerType.DYNAMIC);
        assertThat(read("{'handler_type': 1, 'is_dynamic': true, 'policies': null}").policies()).isNull();
        var lambda = read("{'handler_type': 2, 'lambda_id': '" + LAMBDA + "'}");
        assertThat(lambda.handlerType()).isEqualTo(HandlerType.LAMBDA);
        assertThat(lambda.lambdaId()).isEqualTo(UUID.fromString(LAMBDA));
    }

    @Test
    void aStaticHandlerGetsItsPoliciesWithTheirDefaults() {
        var request = read("{'description': 'entrance', 'handler_type': 0, 'policies': {'extract_policy': {'extract_basic_attributes': 1}}}");
        assertThat(request.description()).isEqualTo("entrance");
        assertThat(request.policies().extractPolicy()).isEqualTo(new ExtractPolicy(1, 1, 0, 0));
        assertThat(request.policies().storagePolicy().faceSamplePolicy().storeSample()).isEqualTo(1);
    }

    @Test
    void aBodyThatSaysTwoThingsAtOnceIsRefused() {
        assertRefused("{'handler_type': 0}", "policies", "field required");
        assertRefused("{'handler_type': 1, 'policies': {}}", "policies", "only a static handler (handler_type 0) has policies");
        assertRefused("{'handler_type': 0, 'is_dynamic': true, 'policies': {}}", "is_dynamic", "contradicts handler_type");
        assertRefused("{'handler_type': 1, 'is_dynamic': false}", "is_dynamic", "contradicts handler_type");
        assertRefused("{'handler_type': 2}", "lambda_id", "field required");
        assertRefused("{'handler_type': 1, 'lambda_id': '" + LAMBDA + "'}", "lambda_id", "only a lambda handler (handler_type 2) names a lambda");
        assertRefused("{'handler_type': 3}", "handler_type", "must be one of [0, 1, 2]");
        assertRefused("{'handler_type': '0', 'policies': {}}", "handler_type", "must be one of [0, 1, 2]");
        assertRefused("{'is_dynamic': 1}", "is_dynamic", "must be a boolean");
        assertRefused("{'description': '" + "d".repeat(129) + "', 'policies': {}}", "description", "length must be between 0 and 128");
        assertRefused("{'name': 'x'}", "name", "extra fields not permitted");
        assertRefused("{'policies': {'detect_policy': {'detect_face': 3}}}", "policies.detect_policy.detect_face", "must be one of [0, 1]");
    }

    @Test
    void theValidatorTakesPoliciesAlone() {
        var policies = HandlerRequest.readPolicies(Json.tree("{\"policies\": {}}".getBytes()));
        assertThat(policies).isEqualTo(PoliciesTest.read("{}"));
        assertThatThrownBy(() -> HandlerRequest.readPolicies(Json.tree("{}".getBytes())))
                .isInstanceOfSatisfying(LunaException.class, e -> assertThat(e.detail()).contains("'policies', message: 'field required'"));
        assertThatThrownBy(() -> HandlerRequest.readPolicies(Json.tree("{\"policies\": {}, \"handler_type\": 0}".getBytes())))
                .isInstanceOfSatisfying(LunaException.class, e -> assertThat(e.detail()).contains("'handler_type', message: 'extra fields"));
    }

    @Test
    void policiesTooLargeForOneTableItemAreRefused() {
        var faceIds = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            faceIds.append(i == 0 ? "" : ",").append("'").append(UUID.randomUUID()).append("'");
        }
        var match = "{'candidates': {'origin': 'faces', 'face_ids': [" + faceIds + "]}}";
        var matches = String.join(",", java.util.Collections.nCopies(9, match));
        assertRefused("{'policies': {'match_policy': [" + matches + "]}}", "policies",
                "must take at most 300000 bytes written out with their defaults");
        assertThat(read("{'policies': {'match_policy': [" + match + "]}}").policies().matchPolicy()).hasSize(1);
    }
}
