package org.openluna.shared.verifiers;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.faces.CreateKeys;
import org.openluna.shared.handlers.VerifierPolicies;

/**
 * A verifier of one account (seed l.13080-13399).
 *
 * @param version 0 when made, one more with each replacement, as the seed's PUT answers it (l.13714)
 */
public record Verifier(UUID verifierId, UUID accountId, String description, VerifierPolicies policies, Instant createTime,
                       Instant lastUpdateTime, long version) {
    public static final int MAX_DESCRIPTION = 128;

    public Verifier {
        Objects.requireNonNull(verifierId, "verifier id");
        Objects.requireNonNull(accountId, "account id");
        Objects.requireNonNull(description, "description");
        Check.length(description, "description", 0, MAX_DESCRIPTION);
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(createTime, "create time");
        Objects.requireNonNull(lastUpdateTime, "last update time");
        if (version < 0) {
            throw new IllegalArgumentException("negative version " + version);
        }
    }

    /** Creation time and id: verifiers of an account page newest first by it. */
    public String createKey() {
        return CreateKeys.of(createTime, verifierId);
    }
}
