package org.openluna.matcher.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openluna.matcher.RandomDescriptors;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.RowStore;
import org.openluna.shared.descriptors.Descriptor;

class CpuBackendTest {
    private static final int LIMIT = 100;
    /** Float rounding of the reference; quantisation itself cancels (both sides see the same bytes). */
    private static final double FLOAT_ROUNDING = 1e-6;

    /** Small chunks and no inline limit: even these small sets go through both workers. */
    private static final CpuBackend PARALLEL = new CpuBackend(2, 97, 0);
    private static final CpuBackend INLINE = new CpuBackend(1, CpuBackend.DEFAULT_CHUNK_ROWS, Long.MAX_VALUE);
    private static final ScalarBackend SCALAR = new ScalarBackend();

    @AfterAll
    static void closeBackends() {
        PARALLEL.close();
        INLINE.close();
    }

    private static final class Faces {
        final Map<UUID, Descriptor> byId = new LinkedHashMap<>();
        final RowStore store = new RowStore();

        void add(UUID face, Descriptor descriptor) {
            byId.put(face, descriptor);
            store.append(face, descriptor.int8());
        }

        CandidateRows candidates() { return CandidateRows.of(store); }
    }

    private static Faces randomFaces(RandomDescriptors random, int count) {
        var faces = new Faces();
        for (int i = 0; i < count; i++) {
            faces.add(random.faceId(), random.next());
        }
        return faces;
    }

    /** Queries close to stored faces, so the top of each list is made of real neighbours, plus unrelated ones. */
    private static List<Descriptor> queriesNear(RandomDescriptors random, Faces faces, int count) {
        var stored = new ArrayList<>(faces.byId.values());
        var queries = new ArrayList<Descriptor>();
        for (int i = 0; i < count; i++) {
            queries.add(i % 2 == 0 ? random.near(stored.get(random.nextInt(stored.size())), 0.6) : random.next());
        }
        return queries;
    }

    private static void assertSameAsFloatReference(List<Match> actual, List<Match> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).similarity()).isEqualTo(expected.get(i).similarity(), within(FLOAT_ROUNDING));
            boolean tiedWithANeighbour = (i > 0 && Math.abs(expected.get(i - 1).similarity() - expected.get(i).similarity()) < FLOAT_ROUNDING)
                    || (i + 1 < expected.size() && Math.abs(expected.get(i + 1).similarity() - expected.get(i).similarity()) < FLOAT_ROUNDING);
            if (!tiedWithANeighbour) {
                assertThat(actual.get(i).faceId()).isEqualTo(expected.get(i).faceId());
            }
        }
    }

    @Test
    void theBestMatchesAreThoseOfAFloatSearchOverTheDequantisedDescriptors() {
        var random = new RandomDescriptors(11);
        var faces = randomFaces(random, 3_000);
        var queries = queriesNear(random, faces, 8);

        var results = PARALLEL.search(faces.candidates(), new SearchRequest(queries, LIMIT, 0));

        for (int q = 0; q < queries.size(); q++) {
            assertSameAsFloatReference(results.get(q), FloatReference.best(faces.byId, queries.get(q), LIMIT, 0));
        }
        assertThat(results.getFirst().getFirst().similarity()).isGreaterThan(0.5);
    }

    @Test
    void equalSimilaritiesAreOrderedByFaceIdExactlyAsTheScalarReferenceOrdersThem() {
        var random = new RandomDescriptors(12);
        var faces = randomFaces(random, 500);
        Descriptor shared = random.next();
        for (int i = 0; i < 150; i++) {
            faces.add(random.faceId(), shared); // 150 faces tie at similarity 1 with the query below
        }
        var request = new SearchRequest(List.of(shared, random.next()), LIMIT, 0);

        var expected = SCALAR.search(faces.candidates(), request);

        assertThat(PARALLEL.search(faces.candidates(), request)).isEqualTo(expected);
        assertThat(INLINE.search(faces.candidates(), request)).isEqualTo(expected);
        assertThat(expected.getFirst()).hasSize(LIMIT).allSatisfy(match -> assertThat(match.similarity()).isEqualTo(1.0, within(1e-12)));
        assertThat(expected.getFirst()).isSortedAccordingTo(Match.BEST_FIRST);
    }

    @Test
    void facesOppositeTheQueryTieAtZeroAndFillTheListInFaceIdOrder() {
        var random = new RandomDescriptors(13);
        Descriptor query = random.next();
        byte[] opposite = query.int8();
        for (int i = 0; i < opposite.length; i++) {
            opposite[i] = (byte) -opposite[i];
        }
        var faces = new Faces();
        for (int i = 0; i < 20; i++) {
            faces.add(random.faceId(), Descriptor.fromInt8(opposite));
        }

        var results = PARALLEL.search(faces.candidates(), new SearchRequest(List.of(query), 5, 0)).getFirst();

        var expectedIds = faces.byId.keySet().stream().map(id -> new Match(id, 0)).sorted(Match.BEST_FIRST).limit(5).toList();
        assertThat(results).isEqualTo(expectedIds);
    }

    @Test
    void aLimitAboveTheNumberOfFacesReturnsEveryFaceBestFirst() {
        var random = new RandomDescriptors(14);
        var faces = randomFaces(random, 7);
        Descriptor query = random.next();

        var results = PARALLEL.search(faces.candidates(), new SearchRequest(List.of(query), LIMIT, 0)).getFirst();

        assertThat(results).extracting(Match::faceId).containsExactlyInAnyOrderElementsOf(faces.byId.keySet());
        assertSameAsFloatReference(results, FloatReference.best(faces.byId, query, LIMIT, 0));
    }

    @Test
    void noCandidatesGiveAnEmptyListForEveryQuery() {
        var random = new RandomDescriptors(15);
        var request = new SearchRequest(List.of(random.next(), random.next()), LIMIT, 0);

        assertThat(PARALLEL.search(CandidateRows.NONE, request)).containsExactly(List.of(), List.of());
        assertThat(PARALLEL.search(CandidateRows.of(new RowStore()), request)).containsExactly(List.of(), List.of());
    }

    @Test
    void theThresholdKeepsOnlyMatchesAtOrAboveIt() {
        var random = new RandomDescriptors(16);
        var faces = randomFaces(random, 2_000);
        var queries = queriesNear(random, faces, 6);
        double threshold = 0.3;

        var results = PARALLEL.search(faces.candidates(), new SearchRequest(queries, LIMIT, threshold));

        for (int q = 0; q < queries.size(); q++) {
            var expected = FloatReference.best(faces.byId, queries.get(q), LIMIT, threshold);
            assertSameAsFloatReference(results.get(q), expected);
            assertThat(results.get(q)).allSatisfy(match -> assertThat(match.similarity()).isGreaterThanOrEqualTo(threshold));
        }
        assertThat(results.getFirst()).isNotEmpty();
        assertThat(results.get(1)).isEmpty(); // unrelated random faces stay far below 0.3
    }

    @Test
    void aBatchOfQueriesGivesWhatEachQueryGivesAlone() {
        var random = new RandomDescriptors(17);
        var faces = randomFaces(random, 1_500);
        var queries = queriesNear(random, faces, 16);

        var batch = PARALLEL.search(faces.candidates(), new SearchRequest(queries, 10, 0));

        for (int q = 0; q < queries.size(); q++) {
            assertThat(batch.get(q)).isEqualTo(INLINE.search(faces.candidates(), new SearchRequest(List.of(queries.get(q)), 10, 0)).getFirst());
        }
    }

    @Test
    void facesRemovedBeforeTheSearchBeganAreNeverReturned() {
        var random = new RandomDescriptors(18);
        var faces = randomFaces(random, 300);
        var removed = new ArrayList<>(faces.byId.keySet()).subList(0, 40);
        for (UUID face : removed) {
            faces.store.remove(face, 1); // fewer than a quarter of a segment: the rows stay, marked
        }
        var queries = removed.stream().map(faces.byId::get).toList();

        var results = PARALLEL.search(faces.candidates(), new SearchRequest(queries, LIMIT, 0));

        for (var matches : results) {
            assertThat(matches).hasSize(LIMIT).extracting(Match::faceId).doesNotContainAnyElementsOf(removed);
        }
    }

    @Test
    void aFaceRemovedAfterTheSearchBeganIsStillACandidateOfThatSearch() {
        var random = new RandomDescriptors(20);
        var faces = randomFaces(random, 300);
        UUID face = faces.byId.keySet().iterator().next();
        faces.store.remove(face, 8);
        var request = new SearchRequest(List.of(faces.byId.get(face)), 1, 0);

        var beganBefore = PARALLEL.search(new CandidateRows(faces.store.snapshot(), false, 7), request).getFirst();
        var beganAfter = PARALLEL.search(new CandidateRows(faces.store.snapshot(), false, 8), request).getFirst();

        assertThat(beganBefore).extracting(Match::faceId).containsExactly(face);
        assertThat(beganAfter).extracting(Match::faceId).doesNotContain(face);
    }

    @Test
    void aFaceWithARowInSeveralStoresIsReportedOnce() {
        var random = new RandomDescriptors(19);
        Descriptor query = random.next();
        UUID twice = random.faceId();
        var first = new RowStore();
        var second = new RowStore();
        first.append(twice, query.int8());
        second.append(twice, query.int8());
        for (int i = 0; i < 50; i++) {
            first.append(random.faceId(), random.next().int8());
            second.append(random.faceId(), random.next().int8());
        }
        var ranges = new ArrayList<>(first.snapshot());
        ranges.addAll(second.snapshot());
        var candidates = new CandidateRows(ranges, true, Long.MAX_VALUE);

        var results = PARALLEL.search(candidates, new SearchRequest(List.of(query), LIMIT, 0)).getFirst();

        assertThat(results).hasSize(LIMIT).extracting(Match::faceId).doesNotHaveDuplicates();
        assertThat(results.getFirst().faceId()).isEqualTo(twice);
        assertThat(results).isEqualTo(SCALAR.search(candidates, new SearchRequest(List.of(query), LIMIT, 0)).getFirst());
    }
}
