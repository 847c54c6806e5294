package org.openluna.shared.verifiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.handlers.VerifierPolicies;

/**
 * One face's descriptor against every target, through the platform's one similarity (the number
 * {@code /6/matcher} reports for the same descriptors), each with its verdict. Best first, as the
 * seed's example lists them (l.13013-13043); equal similarities keep the order the targets were named.
 */
public record Verification(VerificationTarget target, double similarity, boolean status) {
    public Verification {
        Objects.requireNonNull(target, "target");
    }

    public static List<Verification> of(Descriptor face, List<VerificationTarget> targets, VerifierPolicies policies) {
        var verifications = new ArrayList<Verification>(targets.size());
        for (var target : targets) {
            double similarity = face.similarityTo(target.descriptor());
            verifications.add(new Verification(target, similarity, policies.passes(similarity)));
        }
        verifications.sort(Comparator.comparingDouble(Verification::similarity).reversed());
        return verifications;
    }
}
