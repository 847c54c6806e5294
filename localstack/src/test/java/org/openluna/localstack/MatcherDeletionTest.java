package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.Matching.faceWith;
import static org.openluna.localstack.Matching.found;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.protocol.matcher.FoundFace;
import org.openluna.protocol.matcher.MatcherClient;
import org.openluna.protocol.matcher.SearchFacesRequest;
import org.openluna.shared.descriptors.Descriptor;

/**
 * A search made after a deletion (or a detachment) answered never returns what was deleted, although
 * the matcher learns of it through the table's stream a moment later (ADR 0010). Each search here
 * follows its deletion at once, well inside the stream's lag.
 */
@ExtendWith(RunningStack.class)
class MatcherDeletionTest {

    private static MatcherClient service(RunningStack.Started stack) {
        return new MatcherClient(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + stack.settings().matcherPort()), Duration.ofSeconds(10));
    }

    private static List<UUID> heldByService(MatcherClient service, String accountId, Descriptor descriptor) {
        return service.search(SearchFacesRequest.everyFace(UUID.fromString(accountId), List.of(descriptor.int8()), 10, 0))
                .matches().getFirst().stream().map(FoundFace::faceId).toList();
    }

    private static void awaitFound(Api client, Descriptor descriptor, int faces) {
        Eventually.value("the matcher holds the new faces", () -> found(client, descriptor, Map.of(), 10).size(), n -> n == faces);
    }

    @Test
    void aFaceDeletedOrDetachedIsNotFoundByTheNextSearchThoughTheMatcherLearnsOfItLater(Api api, RunningStack.Started stack) {
        var account = api.newAccount("user");
        var client = account.withToken();
        var list = ListsTest.createList(client, "deletions");
        var service = service(stack);
        int stillHeldAfterDeletion = 0;
        for (int round = 0; round < 5; round++) {
            var descriptor = AttributesTest.descriptor(9100 + round);
            var deleted = faceWith(client, descriptor, List.of(list), "deleted");
            var detached = faceWith(client, descriptor, List.of(list), "detached");
            awaitFound(client, descriptor, 2);

            client.delete("/6/faces/" + deleted).assertStatus(204);
            if (heldByService(service, account.id(), descriptor).contains(UUID.fromString(deleted))) {
                stillHeldAfterDeletion++;
            }
            client.patchJson("/6/lists/" + list + "/faces", Map.of("action", "detach", "face_ids", List.of(detached))).assertStatus(204);

            assertThat(found(client, descriptor, Map.of(), 10)).containsExactly(detached);
            assertThat(found(client, descriptor, Map.of("list_id", list), 10)).isEmpty();
            assertThat(found(client, descriptor, Map.of("face_ids", List.of(deleted, detached)), 10)).containsExactly(detached);
            client.delete("/6/faces/" + detached).assertStatus(204);
            assertThat(found(client, descriptor, Map.of(), 10)).isEmpty();
            Eventually.value("the matcher service forgets the deleted faces", () -> heldByService(service, account.id(), descriptor), List::isEmpty);
        }
        // the gap this test is about was there: the service still held a face its deletion had answered
        assertThat(stillHeldAfterDeletion).isPositive();
    }

    @Test
    void whenTheBestFacesWereJustDeletedTheNextBestFillTheLimit(Api api) {
        var client = api.newAccount("user").withToken();
        var best = AttributesTest.descriptor(9200);
        var gone = List.of(faceWith(client, best, List.of(), "gone 1"), faceWith(client, best, List.of(), "gone 2"),
                faceWith(client, best, List.of(), "gone 3"));
        var others = List.of(faceWith(client, AttributesTest.descriptor(9201), List.of(), "other 1"),
                faceWith(client, AttributesTest.descriptor(9202), List.of(), "other 2"));
        awaitFound(client, best, 5);

        client.deleteJson("/6/faces", Map.of("face_ids", gone)).assertStatus(204);

        assertThat(found(client, best, Map.of(), 2)).containsExactlyInAnyOrderElementsOf(others);
    }

    @Test
    void theFacesOfAListDeletedWithItAreNotFoundAndTheFacesItHeldAloneStay(Api api) {
        var client = api.newAccount("user").withToken();
        var doomed = ListsTest.createList(client, "doomed");
        var emptied = ListsTest.createList(client, "emptied");
        var descriptor = AttributesTest.descriptor(9300);
        var inDoomed = faceWith(client, descriptor, List.of(doomed), "in doomed");
        var inEmptied = faceWith(client, descriptor, List.of(emptied), "in emptied");
        awaitFound(client, descriptor, 2);

        client.delete("/6/lists/" + doomed + "?with_faces=1").assertStatus(204);
        client.delete("/6/lists/" + emptied).assertStatus(204);

        assertThat(found(client, descriptor, Map.of(), 10)).containsExactly(inEmptied);
        assertThat(found(client, descriptor, Map.of("list_id", emptied), 10)).isEmpty();
        assertThat(found(client, descriptor, Map.of("face_ids", List.of(inDoomed)), 10)).isEmpty();
    }
}
