package org.openluna.shared.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.RawDescriptor;
import org.openluna.shared.descriptors.SdkDescriptor;

class RawMatchingTest {
    private static Descriptor descriptor(double phase) {
        var embedding = new float[Descriptor.DIMENSIONS];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (float) Math.sin(i * 0.37 + phase);
        }
        return Descriptor.fromEmbedding(embedding);
    }

    private static List<RawMatching.ReferenceMatches> match(Object body) {
        return RawMatching.match(Json.tree(Json.write(body)));
    }

    @Test
    void everyReferenceIsMatchedWithEveryCandidateBestFirstWithThePlatformsSimilarity() {
        var reference = descriptor(0);
        var close = descriptor(0.3);
        var far = descriptor(2.0);
        var answer = match(Map.of(
                "references", List.of(Map.of("id", "raw-0", "type", "raw_descriptor", "data", RawDescriptor.encodeBase64(reference), "version", 4242)),
                "candidates", List.of(
                        Map.of("id", "far", "type", "sdk_descriptor", "data", SdkDescriptor.encodeBase64(far)),
                        Map.of("id", "same", "type", "raw_descriptor", "data", RawDescriptor.encodeBase64(reference), "version", 4242),
                        Map.of("id", "close", "type", "sdk_descriptor", "data", SdkDescriptor.encodeBase64(close)))));

        assertThat(answer).hasSize(1);
        assertThat(answer.getFirst().referenceId()).isEqualTo("raw-0");
        assertThat(answer.getFirst().matches()).containsExactly(
                new RawMatching.Match("same", 1.0 * reference.similarityTo(reference)),
                new RawMatching.Match("close", reference.similarityTo(close)),
                new RawMatching.Match("far", reference.similarityTo(far)));
        assertThat(reference.similarityTo(close)).isGreaterThan(reference.similarityTo(far));
    }

    @Test
    void equalSimilaritiesKeepTheOrderTheClientGave() {
        var d = SdkDescriptor.encodeBase64(descriptor(1));
        var answer = match(Map.of("references", List.of(Map.of("id", "r", "type", "sdk_descriptor", "data", d)),
                "candidates", List.of(Map.of("id", "b", "type", "sdk_descriptor", "data", d), Map.of("id", "a", "type", "sdk_descriptor", "data", d))));

        assertThat(answer.getFirst().matches()).extracting(RawMatching.Match::candidateId).containsExactly("b", "a");
    }

    @Test
    void emptyListsAndUnknownTypesAreRefusedNamingTheField() {
        var d = SdkDescriptor.encodeBase64(descriptor(1));
        assertThatThrownBy(() -> match(Map.of("references", List.of(), "candidates", List.of(Map.of("id", "a", "type", "sdk_descriptor", "data", d)))))
                .isInstanceOfSatisfying(LunaException.class, e -> assertThat(e.detail()).contains("references"));
        assertThatThrownBy(() -> match(Map.of("references", List.of(Map.of("id", "a", "type", "descriptor", "data", d)),
                "candidates", List.of(Map.of("id", "a", "type", "sdk_descriptor", "data", d)))))
                .isInstanceOfSatisfying(LunaException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.JSON_VALIDATION_FAILED);
                    assertThat(e.detail()).contains("references.0.type");
                });
        assertThatThrownBy(() -> match(Map.of("references", List.of(Map.of("id", "a", "type", "sdk_descriptor", "data", "%%%")),
                "candidates", List.of(Map.of("id", "a", "type", "sdk_descriptor", "data", d)))))
                .isInstanceOfSatisfying(LunaException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.BAD_DESCRIPTOR));
    }
}
