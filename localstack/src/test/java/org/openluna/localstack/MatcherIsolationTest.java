package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.Matching.faceWith;
import static org.openluna.localstack.Matching.found;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.descriptors.Descriptor;

/**
 * Accounts apart: two accounts enrol faces with the very same descriptors at the same time, and a
 * search of one account never sees the other's, whatever it names (lists, face ids, the account).
 */
@ExtendWith(RunningStack.class)
class MatcherIsolationTest {

    @Test
    void aFaceOfOneAccountIsNeverACandidateForAnotherWhileBothWriteTheSameDescriptors(Api api) throws Exception {
        var accountA = api.newAccount("user");
        var a = accountA.withToken();
        var accountB = api.newAccount("user");
        var b = accountB.withToken();
        var listA = ListsTest.createList(a, "a");
        var listB = ListsTest.createList(b, "b");
        var descriptors = new ArrayList<Descriptor>();
        for (int i = 0; i < 12; i++) {
            descriptors.add(AttributesTest.descriptor(7000 + i));
        }
        var facesA = Collections.synchronizedList(new ArrayList<String>());
        var facesB = ConcurrentHashMap.<String>newKeySet();
        var seenByA = ConcurrentHashMap.<String>newKeySet();
        var writing = new AtomicBoolean(true);
        try (var threads = Executors.newFixedThreadPool(3)) {
            var searcher = threads.submit(() -> {
                while (writing.get()) {
                    for (var d : descriptors) {
                        seenByA.addAll(found(a, d, Map.of(), 100));
                    }
                }
            });
            var writerA = threads.submit(() -> descriptors.forEach(d -> facesA.add(faceWith(a, d, List.of(listA), "a"))));
            var writerB = threads.submit(() -> descriptors.forEach(d -> facesB.add(faceWith(b, d, List.of(listB), "b"))));
            writerA.get();
            writerB.get();
            Eventually.value("A's faces reach the matcher", () -> found(a, descriptors.getLast(), Map.of(), 100).size(), n -> n == descriptors.size());
            Eventually.value("B's faces reach the matcher", () -> found(b, descriptors.getLast(), Map.of(), 100).size(), n -> n == descriptors.size());
            writing.set(false);
            searcher.get();
        }

        assertThat(seenByA).isNotEmpty().doesNotContainAnyElementsOf(facesB);
        for (int i = 0; i < descriptors.size(); i++) {
            var d = descriptors.get(i);
            // writer A added its faces in the order of the descriptors: face i holds descriptor i
            assertThat(found(a, d, Map.of(), 100)).hasSameElementsAs(facesA).first().isEqualTo(facesA.get(i));
            assertThat(found(a, d, Map.of("list_id", listB), 100)).isEmpty();
            assertThat(found(a, d, Map.of("face_ids", List.copyOf(facesB)), 100)).isEmpty();
            assertThat(found(a, d, Map.of("account_id", accountB.id()), 100)).isEmpty();
            assertThat(found(b, d, Map.of("list_id", listB), 100)).hasSameElementsAs(facesB);
        }
        var theirFace = facesB.iterator().next();
        a.postJson("/6/matcher/faces", Matching.body(List.of(Matching.reference("face", theirFace)),
                List.of(Matching.faces(Map.of(), 3)))).assertError(ErrorCode.FACE_NOT_FOUND);
    }
}
