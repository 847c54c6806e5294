package org.openluna.shared.verifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;

class VerificationReferencesTest {
    private static VerificationReferences read(Map<String, List<String>> query) {
        return VerificationReferences.from(QueryParams.of(query));
    }

    private static void assertRefused(Map<String, List<String>> query, ErrorCode error) {
        assertThatThrownBy(() -> read(query)).isInstanceOfSatisfying(LunaException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    @Test
    void idsAreReadCommaSeparatedOrRepeatedEachOnce() {
        var a = UUID.randomUUID();
        var b = UUID.randomUUID();
        var references = read(Map.of("face_ids", List.of(a + "," + b, a.toString()), "attribute_ids", List.of(b.toString()),
                "external_ids", List.of("card 1,card 2,card 1"), "event_ids", List.of(a.toString())));

        assertThat(references.faceIds()).containsExactly(a, b);
        assertThat(references.attributeIds()).containsExactly(b);
        assertThat(references.externalIds()).containsExactly("card 1", "card 2");
        assertThat(references.eventIds()).containsExactly(a);
        assertThat(references.namesFaces()).isTrue();
        assertThat(references.namesEvents()).isTrue();
    }

    @Test
    void aVerificationNamesOneToAHundredObjectsEachWellFormed() {
        assertRefused(Map.of(), ErrorCode.REQUIRED_QUERY_PARAMETER);
        assertRefused(Map.of("face_ids", List.of("not-an-id")), ErrorCode.BAD_QUERY_PARAMETER);
        assertRefused(Map.of("face_ids", List.of(UUID.randomUUID().toString().toUpperCase())), ErrorCode.BAD_QUERY_PARAMETER);
        assertRefused(Map.of("external_ids", List.of("x".repeat(37))), ErrorCode.BAD_QUERY_PARAMETER);
        assertRefused(Map.of("external_ids", List.of("a,,b")), ErrorCode.BAD_QUERY_PARAMETER);
        var ids = new ArrayList<String>();
        for (int i = 0; i < 60; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        var sixty = String.join(",", ids);
        assertThat(read(Map.of("face_ids", List.of(sixty))).size()).isEqualTo(60);
        assertRefused(Map.of("face_ids", List.of(sixty), "attribute_ids", List.of(sixty)), ErrorCode.BAD_QUERY_PARAMETER);
    }
}
