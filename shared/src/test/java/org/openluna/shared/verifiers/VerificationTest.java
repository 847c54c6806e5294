package org.openluna.shared.verifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.Json;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.RawDescriptor;
import org.openluna.shared.handlers.VerifierPolicies;
import org.openluna.shared.matching.RawMatching;
import org.openluna.shared.verifiers.VerificationTarget.Kind;

class VerificationTest {
    private static Descriptor descriptor(double phase) {
        var embedding = new float[Descriptor.DIMENSIONS];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (float) Math.sin(i * 0.37 + phase);
        }
        return Descriptor.fromEmbedding(embedding);
    }

    private static VerifierPolicies threshold(double threshold) {
        return VerifierPolicies.read(Json.tree(Json.write(Map.of("verification_threshold", threshold))), "policies");
    }

    @Test
    void aFaceIsComparedWithEveryTargetBestFirstEachJudgedByTheThreshold() {
        var face = descriptor(0);
        var far = new VerificationTarget(Kind.FACE, UUID.randomUUID(), descriptor(2.0));
        var close = new VerificationTarget(Kind.ATTRIBUTE, UUID.randomUUID(), descriptor(0.3));
        var same = new VerificationTarget(Kind.FACE, UUID.randomUUID(), face);
        double between = (face.similarityTo(close.descriptor()) + face.similarityTo(far.descriptor())) / 2;

        var verifications = Verification.of(face, List.of(far, close, same), threshold(between));

        assertThat(verifications).containsExactly(
                new Verification(same, face.similarityTo(face), true),
                new Verification(close, face.similarityTo(close.descriptor()), true),
                new Verification(far, face.similarityTo(far.descriptor()), false));
    }

    @Test
    void equalSimilaritiesKeepTheOrderTheTargetsWereNamedIn() {
        var face = descriptor(0);
        var first = new VerificationTarget(Kind.FACE, UUID.randomUUID(), descriptor(1));
        var second = new VerificationTarget(Kind.ATTRIBUTE, UUID.randomUUID(), descriptor(1));

        assertThat(Verification.of(face, List.of(first, second), threshold(0.5))).extracting(Verification::target)
                .containsExactly(first, second);
        assertThat(Verification.of(face, List.of(second, first), threshold(0.5))).extracting(Verification::target)
                .containsExactly(second, first);
    }

    @Test
    void rawVerificationReportsTheRawMatchersSimilaritiesWithTheirVerdicts() {
        var reference = descriptor(0);
        var close = descriptor(0.3);
        var far = descriptor(2.0);
        var body = Json.tree(Json.write(Map.of(
                "references", List.of(Map.of("id", "ref", "type", "raw_descriptor", "data", RawDescriptor.encodeBase64(reference), "version", 4242)),
                "candidates", List.of(
                        Map.of("id", "far", "type", "raw_descriptor", "data", RawDescriptor.encodeBase64(far), "version", 4242),
                        Map.of("id", "close", "type", "raw_descriptor", "data", RawDescriptor.encodeBase64(close), "version", 4242)))));
        double between = (reference.similarityTo(close) + reference.similarityTo(far)) / 2;

        var verified = RawVerification.verify(body, threshold(between));
        var matched = RawMatching.match(body);

        assertThat(verified).hasSize(1);
        assertThat(verified.getFirst().referenceId()).isEqualTo("ref");
        assertThat(verified.getFirst().matches()).containsExactly(
                new RawVerification.Match("close", matched.getFirst().matches().get(0).similarity(), true),
                new RawVerification.Match("far", matched.getFirst().matches().get(1).similarity(), false));
        assertThat(verified.getFirst().matches().getFirst().similarity()).isEqualTo(reference.similarityTo(close));
    }
}
