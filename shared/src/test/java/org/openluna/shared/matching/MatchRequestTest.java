package org.openluna.shared.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.RawDescriptor;
import org.openluna.shared.descriptors.SdkDescriptor;

class MatchRequestTest {
    private static final UUID ACCOUNT = UUID.fromString("0468ca85-f6ca-4841-b30c-5ccc26b6f397");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String FACE = "35229c93-85f8-44f3-ab30-3248d7051af9";
    private static final String LIST = "b668c4a5-2191-476e-a261-3b4f9ce2e25e";

    private static MatchRequest read(Object body) {
        return MatchRequest.fromJson(Json.tree(Json.write(body)), ACCOUNT, CLOCK);
    }

    private static Descriptor descriptor() {
        var embedding = new float[Descriptor.DIMENSIONS];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (float) Math.sin(i);
        }
        return Descriptor.fromEmbedding(embedding);
    }

    private static void assertRefused(Object body, ErrorCode error, String detailPart) {
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(LunaException.class, e -> {
            assertThat(e.error()).isEqualTo(error);
            assertThat(e.detail()).contains(detailPart);
        });
    }

    @Test
    void theSeedsExampleReadsAsAFaceReferenceAgainstFacesOfAListWithItsFiltersEchoedAsGiven() {
        var filters = new java.util.LinkedHashMap<String, Object>();
        filters.put("origin", "faces");
        filters.put("face_ids", List.of("557d54ec-29ad-4f3c-93b4-c9092ef12515"));
        filters.put("account_id", ACCOUNT.toString());
        filters.put("user_data", "some_string");
        filters.put("create_time__gte", "2018-08-11T09:11:41.674Z");
        filters.put("list_id", LIST);
        var request = read(Map.of(
                "candidates", List.of(Map.of("filters", filters, "limit", 3, "targets", List.of("face_id", "similarity"), "threshold", 0.01)),
                "references", List.of(Map.of("type", "face", "id", FACE))));

        assertThat(request.references()).containsExactly(new MatchReference.Face(UUID.fromString(FACE)));
        var candidates = (MatchCandidates.Faces) request.candidates().getFirst();
        assertThat(candidates.limit()).isEqualTo(3);
        assertThat(candidates.threshold()).isEqualTo(0.01);
        assertThat(candidates.targets()).containsExactly("face_id", "similarity");
        assertThat(candidates.excludesCaller()).isFalse();
        assertThat(candidates.filter().listId()).isEqualTo(UUID.fromString(LIST));
        assertThat(candidates.filter().userData()).isEqualTo("some_string");
        assertThat(candidates.filter().createTime().gte()).isEqualTo(Instant.parse("2018-08-11T09:11:41.674Z"));
        assertThat(Json.writeString(candidates.filtersEcho())).isEqualTo("{\"origin\":\"faces\",\"account_id\":\"" + ACCOUNT
                + "\",\"face_ids\":[\"557d54ec-29ad-4f3c-93b4-c9092ef12515\"],\"user_data\":\"some_string\","
                + "\"create_time__gte\":\"2018-08-11T09:11:41.674Z\",\"list_id\":\"" + LIST + "\"}");
    }

    @Test
    void aCandidateSetWithoutLimitThresholdOrTargetsKeepsThreeFacesFromAnySimilarityWithEveryField() {
        var request = read(Map.of("candidates", List.of(Map.of("filters", Map.of("origin", "faces"))),
                "references", List.of(Map.of("type", "attribute", "id", FACE))));

        var candidates = (MatchCandidates.Faces) request.candidates().getFirst();
        assertThat(candidates.limit()).isEqualTo(3);
        assertThat(candidates.threshold()).isZero();
        assertThat(candidates.targets()).isEqualTo(MatchCandidates.Faces.TARGETS);
        assertThat(Json.writeString(candidates.filtersEcho())).isEqualTo("{\"origin\":\"faces\",\"account_id\":\"" + ACCOUNT + "\"}");
    }

    @Test
    void descriptorReferencesAreReadInTheirSdkAndRawFormsAndAnXpkFileIsRefusedForItsFormat() {
        var descriptor = descriptor();
        var request = read(Map.of("candidates", List.of(), "references", List.of(
                Map.of("type", "descriptor", "id", "mine", "data", SdkDescriptor.encodeBase64(descriptor)),
                Map.of("type", "sdk_descriptor", "id", "sdk", "data", SdkDescriptor.encodeBase64(descriptor)),
                Map.of("type", "raw_descriptor", "id", "raw", "data", RawDescriptor.encodeBase64(descriptor), "version", 4242))));

        assertThat(request.references()).extracting(MatchReference::id).containsExactly("mine", "sdk", "raw");
        assertThat(request.references()).allSatisfy(r -> assertThat(((MatchReference.Given) r).entity().descriptor()).isEqualTo(descriptor));
        assertRefused(Map.of("candidates", List.of(), "references", List.of(
                Map.of("type", "xpk_file", "id", "x", "data", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3})))),
                ErrorCode.UNSUPPORTED_DESCRIPTOR_FORMAT, "xpk_file");
        assertRefused(Map.of("candidates", List.of(), "references", List.of(
                Map.of("type", "raw_descriptor", "id", "raw", "data", RawDescriptor.encodeBase64(descriptor)))),
                ErrorCode.JSON_VALIDATION_FAILED, "references.0.version");
        assertRefused(Map.of("candidates", List.of(), "references", List.of(
                Map.of("type", "raw_descriptor", "id", "raw", "data", RawDescriptor.encodeBase64(descriptor), "version", 56))),
                ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION, "56");
    }

    @Test
    void eventsAreReferencesByIdOrExternalIdAndCandidatesByTheFiltersOfGetEvents() {
        var request = read(Map.of("references", List.of(Map.of("type", "event", "id", FACE)), "candidates", List.of(Map.of("filters",
                Map.of("origin", "events", "handler_ids", List.of(LIST), "sources", Arrays.asList("cam1", null), "age__gte", 30)))));
        assertThat(request.references().getFirst()).isEqualTo(new MatchReference.Event(UUID.fromString(FACE)));
        var events = (MatchCandidates.Events) request.candidates().getFirst();
        assertThat(events.filter().handlerIds()).containsExactly(UUID.fromString(LIST));
        assertThat(events.filter().sources().withNull()).isTrue();
        assertThat(events.filter().createTime().gte()).as("the default month").isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(read(Map.of("candidates", List.of(), "references", List.of(Map.of("type", "event_external_id", "id", "door-7"))))
                .references().getFirst()).isEqualTo(new MatchReference.EventExternalId("door-7"));
        assertRefused(Map.of("candidates", List.of(), "references", List.of(Map.of("type", "event_external_id", "id", "x".repeat(37)))),
                ErrorCode.JSON_VALIDATION_FAILED, "references.0.id");
        assertRefused(Map.of("candidates", List.of(Map.of("filters", Map.of("origin", "events", "emotions", List.of(8)))),
                "references", List.of(Map.of("type", "face", "id", FACE))), ErrorCode.JSON_VALIDATION_FAILED, "candidates.0.filters.emotions");
        assertRefused(Map.of("candidates", List.of(Map.of("filters", Map.of("origin", "events", "page_size", 5))),
                "references", List.of(Map.of("type", "face", "id", FACE))), ErrorCode.JSON_VALIDATION_FAILED, "candidates.0.filters.page_size");
    }

    @Test
    void wrongBodiesAreRefusedNamingTheField() {
        var face = Map.of("type", "face", "id", FACE);
        assertRefused(Map.of("candidates", List.of()), ErrorCode.JSON_VALIDATION_FAILED, "references");
        assertRefused(Map.of("candidates", List.of(), "references", List.of()), ErrorCode.JSON_VALIDATION_FAILED, "references");
        assertRefused(Map.of("candidates", List.of(), "references", java.util.Collections.nCopies(31, face)),
                ErrorCode.JSON_VALIDATION_FAILED, "references");
        assertRefused(Map.of("candidates", List.of(), "references", List.of(Map.of("type", "face", "id", "not-an-id"))),
                ErrorCode.JSON_VALIDATION_FAILED, "references.0.id");
        assertRefused(Map.of("candidates", List.of(), "references", List.of(Map.of("type", "person", "id", FACE))),
                ErrorCode.JSON_VALIDATION_FAILED, "references.0.type");
        assertRefused(Map.of("references", List.of(face), "candidates", List.of(Map.of("filters", Map.of("origin", "faces"), "limit", 101))),
                ErrorCode.JSON_VALIDATION_FAILED, "candidates.0.limit");
        assertRefused(Map.of("references", List.of(face), "candidates", List.of(Map.of("filters", Map.of("origin", "faces"), "threshold", 1.5))),
                ErrorCode.JSON_VALIDATION_FAILED, "candidates.0.threshold");
        assertRefused(Map.of("references", List.of(face), "candidates", List.of(Map.of("filters", Map.of("origin", "faces", "gender", 1)))),
                ErrorCode.JSON_VALIDATION_FAILED, "candidates.0.filters.gender");
        assertRefused(Map.of("references", List.of(face), "candidates", List.of(Map.of("filters", Map.of("origin", "faces"),
                "targets", List.of("face_id", "age")))), ErrorCode.JSON_VALIDATION_FAILED, "candidates.0.targets.1");
        assertRefused(Map.of("references", List.of(face), "candidates", List.of(Map.of("filters", Map.of("origin", "attributes")))),
                ErrorCode.JSON_VALIDATION_FAILED, "candidates.0.filters.attribute_ids");
        assertRefused(Map.of("references", List.of(face), "candidates", List.of(Map.of("filters", Map.of("origin", "faces",
                "create_time__lt", "yesterday")))), ErrorCode.JSON_VALIDATION_FAILED, "candidates.0.filters.create_time__lt");
    }

    @Test
    void anotherAccountNamedInTheFiltersLeavesNoCandidates() {
        var other = UUID.randomUUID();
        var request = read(Map.of("references", List.of(Map.of("type", "face", "id", FACE)),
                "candidates", List.of(Map.of("filters", Map.of("origin", "faces", "account_id", other.toString())),
                        Map.of("filters", Map.of("origin", "attributes", "attribute_ids", List.of(FACE), "account_id", ACCOUNT.toString())))));

        assertThat(((MatchCandidates.Faces) request.candidates().get(0)).excludesCaller()).isTrue();
        assertThat(request.candidates().get(0).filtersEcho().get("account_id")).isEqualTo(other);
        assertThat(((MatchCandidates.Attributes) request.candidates().get(1)).excludesCaller()).isFalse();
    }
}
