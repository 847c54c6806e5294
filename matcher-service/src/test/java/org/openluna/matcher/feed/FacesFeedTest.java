package org.openluna.matcher.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openluna.matcher.LocalDynamoDb;
import org.openluna.matcher.RandomDescriptors;
import org.openluna.matcher.service.BackendKind;
import org.openluna.matcher.service.MatcherServer;
import org.openluna.matcher.service.MatcherSettings;
import org.openluna.protocol.matcher.FoundFace;
import org.openluna.protocol.matcher.MatcherClient;
import org.openluna.protocol.matcher.SearchFacesRequest;
import org.openluna.shared.attributes.FaceAttribute;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.faces.AttributeSource;
import org.openluna.shared.faces.FaceFields;
import org.openluna.shared.faces.NewFace;

/**
 * The matcher fed from DynamoDB Local: faces and lists written by the platform's own code, the load at
 * start, the stream after it, and a second service over the same tables giving the same answers.
 */
class FacesFeedTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static LocalDynamoDb dynamo;

    private final RandomDescriptors random = new RandomDescriptors(11);

    @BeforeAll
    static void startDynamoDb() throws Exception {
        dynamo = new LocalDynamoDb();
    }

    @AfterAll
    static void stopDynamoDb() throws Exception {
        dynamo.close();
    }

    private static UUID createFace(UUID account, Descriptor descriptor, List<UUID> lists) {
        var attribute = descriptor == null ? null : new AttributeSource.Given(new FaceAttribute(descriptor, null, List.of(), List.of()));
        return dynamo.faces().create(account, new NewFace(FaceFields.none(), attribute, lists)).faceId();
    }

    private static Started startMatcher(BackendKind backend) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var settings = MatcherSettings.defaults(port, LocalDynamoDb.PREFIX).withBackend(backend);
        var server = MatcherServer.start(settings, dynamo.dynamo(), dynamo.streams());
        server.awaitLoaded(PATIENCE);
        return new Started(server, new MatcherClient(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(10)));
    }

    private record Started(MatcherServer server, MatcherClient client) implements AutoCloseable {
        List<FoundFace> search(SearchFacesRequest request) {
            return client.search(request).matches().getFirst();
        }

        @Override
        public void close() {
            server.close();
        }
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    private static List<UUID> ids(List<FoundFace> found) {
        return found.stream().map(FoundFace::faceId).toList();
    }

    @Test
    void facesStoredBeforeTheStartAreLoadedWithTheirListsAndFacesWithoutDescriptorsAreLeftOut() throws Exception {
        var account = UUID.randomUUID();
        var list = dynamo.lists().create(account, "door").listId();
        var query = random.next();
        var inList = createFace(account, random.near(query, 0.4), List.of(list));
        var unlisted = createFace(account, random.near(query, 0.6), List.of());
        createFace(account, null, List.of(list));

        try (var matcher = startMatcher(BackendKind.CPU)) {
            var everyFace = matcher.search(SearchFacesRequest.everyFace(account, List.of(query.int8()), 10, 0));
            var ofList = matcher.search(SearchFacesRequest.list(account, list, List.of(query.int8()), 10, 0));

            assertThat(ids(everyFace)).containsExactly(inList, unlisted);
            assertThat(ids(ofList)).containsExactly(inList);
            var stored = dynamo.faces().attribute(account, inList).attribute().descriptor();
            assertThat(everyFace.getFirst().similarity()).isEqualTo(query.similarityTo(stored));
        }
    }

    @Test
    void everyChangeAfterTheLoadReachesTheIndexThroughTheStream() throws Exception {
        var account = UUID.randomUUID();
        var list = dynamo.lists().create(account, "staff").listId();
        var query = random.next();
        try (var matcher = startMatcher(BackendKind.CPU)) {
            var inList = SearchFacesRequest.list(account, list, List.of(query.int8()), 10, 0);
            var everyFace = SearchFacesRequest.everyFace(account, List.of(query.int8()), 10, 0);

            var face = createFace(account, random.near(query, 0.5), List.of());
            eventually("a new face is found", () -> ids(matcher.search(everyFace)).equals(List.of(face)));
            assertThat(matcher.search(inList)).isEmpty();

            dynamo.lists().attach(account, list, List.of(face));
            eventually("an attached face is found in its list", () -> ids(matcher.search(inList)).equals(List.of(face)));

            var replacement = random.next();
            dynamo.faces().setAttribute(account, face, new AttributeSource.Given(new FaceAttribute(replacement, null, List.of(), List.of())));
            eventually("a new descriptor replaces the old", () -> matcher.search(inList).getFirst().similarity() == query.similarityTo(replacement));

            dynamo.lists().detach(account, list, List.of(face));
            eventually("a detached face leaves the list", () -> matcher.search(inList).isEmpty());
            assertThat(ids(matcher.search(everyFace))).containsExactly(face);

            dynamo.faces().removeAttribute(account, face);
            eventually("a face without a descriptor is no candidate", () -> matcher.search(everyFace).isEmpty());

            dynamo.faces().setAttribute(account, face, new AttributeSource.Given(new FaceAttribute(query, null, List.of(), List.of())));
            eventually("a face given a descriptor again is found", () -> ids(matcher.search(everyFace)).equals(List.of(face)));
            dynamo.faces().delete(account, face);
            eventually("a deleted face is gone", () -> matcher.search(everyFace).isEmpty());
            assertThat(matcher.client().status().following()).isTrue();
        }
    }

    @Test
    void aMatcherStartedWhileFacesChangeEndsWithTheAnswersOfOneStartedAfter() throws Exception {
        var account = UUID.randomUUID();
        var list = dynamo.lists().create(account, "changing").listId();
        var held = new ConcurrentHashMap<UUID, Boolean>();
        for (int i = 0; i < 150; i++) {
            held.put(createFace(account, random.next(), i % 2 == 0 ? List.of(list) : List.of()), true);
        }
        var writer = new Thread(() -> {
            var local = new RandomDescriptors(99);
            var faces = new ArrayList<>(held.keySet());
            for (int i = 0; i < 60; i++) {
                dynamo.faces().delete(account, faces.get(i));
                held.remove(faces.get(i));
                var created = createFace(account, local.next(), i % 3 == 0 ? List.of(list) : List.of());
                held.put(created, true);
                if (i % 4 == 0) {
                    dynamo.lists().attach(account, list, List.of(faces.get(100 + i / 4)));
                }
            }
        });
        writer.start();
        try (var during = startMatcher(BackendKind.CPU)) {
            writer.join();
            var queries = random.next(4).stream().map(Descriptor::int8).toList();
            var everyFace = SearchFacesRequest.everyFace(account, queries, 500, 0);
            var inList = SearchFacesRequest.list(account, list, queries, 500, 0);
            eventually("the matcher started during the changes holds every face", () ->
                    during.search(everyFace).size() == held.size());
            try (var after = startMatcher(BackendKind.SCALAR)) {
                assertThat(during.client().search(everyFace)).isEqualTo(after.client().search(everyFace));
                assertThat(during.client().search(inList)).isEqualTo(after.client().search(inList));
                assertThat(ids(after.search(everyFace))).containsExactlyInAnyOrderElementsOf(held.keySet());
            }
        }
    }

    /**
     * On empty tables the first face arrives with its list's item in one transaction, and the list
     * item's record takes a sequence number first: DynamoDB Local then calls the faces shard's
     * iterator trimmed, though nothing was ever read from it.
     */
    @Test
    void aMatcherStartedOnEmptyTablesFollowsTheFirstFacesWrittenWithTheirLists() throws Exception {
        try (var fresh = new LocalDynamoDb()) {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            var settings = MatcherSettings.defaults(port, LocalDynamoDb.PREFIX);
            try (var server = MatcherServer.start(settings, fresh.dynamo(), fresh.streams())) {
                server.awaitLoaded(PATIENCE);
                var client = new MatcherClient(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(10));
                var account = UUID.randomUUID();
                var list = fresh.lists().create(account, "first").listId();
                var query = random.next();
                var attribute = new AttributeSource.Given(new FaceAttribute(query, null, List.of(), List.of()));
                var first = fresh.faces().create(account, new NewFace(FaceFields.none(), attribute, List.of(list))).faceId();
                var second = fresh.faces().create(account, new NewFace(FaceFields.none(), attribute, List.of(list))).faceId();
                var inList = SearchFacesRequest.list(account, list, List.of(query.int8()), 10, 0);

                eventually("the first faces are found in their list", () -> client.search(inList).matches().getFirst().size() == 2);
                assertThat(ids(client.search(inList).matches().getFirst())).containsExactlyInAnyOrder(first, second);
                assertThat(client.status().following()).isTrue();
            }
        }
    }

    @Test
    void aRestartedMatcherGivesIdenticalAnswers() throws Exception {
        var account = UUID.randomUUID();
        var list = dynamo.lists().create(account, "restart").listId();
        for (int i = 0; i < 40; i++) {
            createFace(account, random.next(), i % 3 == 0 ? List.of(list) : List.of());
        }
        var queries = random.next(3).stream().map(Descriptor::int8).toList();
        Map<String, Object> before;
        try (var first = startMatcher(BackendKind.CPU)) {
            before = Map.of("every", first.client().search(SearchFacesRequest.everyFace(account, queries, 7, 0.01)),
                    "list", first.client().search(SearchFacesRequest.list(account, list, queries, 7, 0)));
        }
        try (var second = startMatcher(BackendKind.CPU)) {
            assertThat(Map.of("every", second.client().search(SearchFacesRequest.everyFace(account, queries, 7, 0.01)),
                    "list", second.client().search(SearchFacesRequest.list(account, list, queries, 7, 0)))).isEqualTo(before);
        }
    }
}
