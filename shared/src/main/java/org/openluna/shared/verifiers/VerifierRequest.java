package org.openluna.shared.verifiers;

import java.util.Objects;
import java.util.Set;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.handlers.VerifierPolicies;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /6/verifiers} and {@code PUT /6/verifiers/{verifier_id}} (seed l.10818-10822,
 * l.13401-13405): the whole verifier, as PUT replaces all of it. {@code policies} is required, since
 * a verifier without a threshold could decide nothing.
 */
public record VerifierRequest(String description, VerifierPolicies policies) {
    private static final Set<String> FIELDS = Set.of("description", "policies");

    public VerifierRequest {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(policies, "policies");
    }

    public static VerifierRequest read(JsonNode body) {
        JsonFields.object(body, "", FIELDS);
        var description = Check.length(JsonFields.string(body, "description").orElse(""), "description", 0, Verifier.MAX_DESCRIPTION);
        var policies = body.get("policies");
        if (policies == null || policies.isNull()) {
            throw Check.invalid("policies", "field required");
        }
        return new VerifierRequest(description, VerifierPolicies.read(policies, "policies"));
    }
}
