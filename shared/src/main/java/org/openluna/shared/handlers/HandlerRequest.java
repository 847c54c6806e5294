package org.openluna.shared.handlers;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /6/handlers} and {@code PUT /6/handlers/{handler_id}} (seed l.2976-2983,
 * l.5572-5578), every field of the handler, as PUT replaces the whole of it.
 *
 * <p>The type is {@code handler_type} when given, else the deprecated {@code is_dynamic}, else what
 * the body shows: "the absence of policies indicates that the handler is dynamic" (l.2977). A static
 * handler needs policies; a dynamic one takes them with each event, so has none; a lambda handler
 * names its lambda and has none either. A body that says two things at once is refused.
 */
public record HandlerRequest(String description, HandlerType handlerType, Policies policies, UUID lambdaId) {
    private static final Set<String> FIELDS = Set.of("description", "policies", "handler_type", "is_dynamic", "lambda_id");
    /**
     * Ours: the policies are stored as one item's JSON text, and DynamoDB keeps at most 400 KB per item.
     * The defaults take under 5 KB; 100 match policies of 1,000 face ids each would take 4 MB.
     */
    static final int MAX_POLICIES_BYTES = 300_000;

    public HandlerRequest {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(handlerType, "handler type");
    }

    public static HandlerRequest read(JsonNode body) {
        JsonFields.object(body, "", FIELDS);
        var description = Check.length(JsonFields.string(body, "description").orElse(""), "description", 0, Handler.MAX_DESCRIPTION);
        var policiesNode = body.get("policies");
        boolean hasPolicies = policiesNode != null && !policiesNode.isNull();
        var type = type(body, hasPolicies);
        var lambdaId = lambdaId(body);
        if (type == HandlerType.LAMBDA) {
            Check.required(lambdaId, "lambda_id");
        } else if (lambdaId != null) {
            throw Check.invalid("lambda_id", "only a lambda handler (handler_type 2) names a lambda");
        }
        if (type == HandlerType.STATIC && !hasPolicies) {
            throw Check.invalid("policies", "field required");
        }
        if (type != HandlerType.STATIC && hasPolicies) {
            throw Check.invalid("policies", "only a static handler (handler_type 0) has policies");
        }
        return new HandlerRequest(description, type, hasPolicies ? policies(policiesNode) : null, lambdaId);
    }

    /** The body of {@code POST /6/handlers/validator} (seed l.4455): {@code {"policies": {...}}}, policies required. */
    public static Policies readPolicies(JsonNode body) {
        JsonFields.object(body, "", Set.of("policies"));
        return policies(Check.required(body.get("policies"), "policies"));
    }

    private static Policies policies(JsonNode node) {
        var policies = Policies.read(node, "policies");
        if (Json.write(policies.toJson()).length > MAX_POLICIES_BYTES) {
            throw Check.invalid("policies", "must take at most " + MAX_POLICIES_BYTES + " bytes written out with their defaults");
        }
        return policies;
    }

    private static HandlerType type(JsonNode body, boolean hasPolicies) {
        var typeNode = body.get("handler_type");
        HandlerType type = null;
        if (typeNode != null) {
            if (!typeNode.isIntegralNumber() || !typeNode.canConvertToInt()) {
                throw Check.invalid("handler_type", "must be one of [0, 1, 2]");
            }
            type = HandlerType.ofCode(typeNode.asInt()).orElseThrow(() -> Check.invalid("handler_type", "must be one of [0, 1, 2]"));
        }
        var dynamicNode = body.get("is_dynamic");
        if (dynamicNode != null) {
            if (!dynamicNode.isBoolean()) {
                throw Check.invalid("is_dynamic", "must be a boolean");
            }
            var byFlag = dynamicNode.asBoolean() ? HandlerType.DYNAMIC : HandlerType.STATIC;
            if (type != null && (type == HandlerType.DYNAMIC) != dynamicNode.asBoolean()) {
                throw Check.invalid("is_dynamic", "contradicts handler_type");
            }
            type = type == null ? byFlag : type;
        }
        if (type != null) {
            return type;
        }
        return hasPolicies ? HandlerType.STATIC : HandlerType.DYNAMIC;
    }

    private static UUID lambdaId(JsonNode body) {
        var value = body.get("lambda_id");
        if (value == null || value.isNull()) {
            return null;
        }
        return Ids.parseUuid(value.isString() ? value.asString() : null)
                .orElseThrow(() -> Check.invalid("lambda_id", "must be a UUID4 in lower case"));
    }
}
