package org.openluna.matcher.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openluna.matcher.Matcher;
import org.openluna.matcher.RandomDescriptors;
import org.openluna.matcher.accounts.Accounts;
import org.openluna.matcher.search.CpuBackend;
import org.openluna.protocol.ProtocolException;
import org.openluna.protocol.matcher.FoundFace;
import org.openluna.protocol.matcher.MatcherClient;
import org.openluna.protocol.matcher.MatcherStatus;
import org.openluna.protocol.matcher.SearchFacesRequest;
import org.openluna.shared.descriptors.Descriptor;

/**
 * The matcher's HTTP API through the functions' own client, over real HTTP, on faces put into its
 * index directly (the feed from DynamoDB has tests of its own).
 */
class MatcherHttpTest {
    private final RandomDescriptors random = new RandomDescriptors(7);
    private final Accounts accounts = new Accounts();
    private final CpuBackend backend = new CpuBackend(2);
    private final AtomicBoolean loaded = new AtomicBoolean(true);
    private final MatcherHttp http;
    private final MatcherClient client;
    private final int port;

    MatcherHttpTest() throws IOException {
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var matcher = new Matcher(accounts, backend);
        var operations = new MatcherOperations(new SearchOperation(matcher),
                () -> new MatcherStatus("cpu", loaded.get(), true, 0, accounts.count(), accounts.rowCount()));
        http = MatcherHttp.start(MatcherSettings.defaults(port, "test-"), operations);
        client = new MatcherClient(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(10));
    }

    @AfterEach
    void close() {
        http.close();
        backend.close();
    }

    @Test
    void aSearchOverMsgpackFindsTheAccountsFacesBestFirstWithThePlatformsSimilarity() {
        var account = UUID.randomUUID();
        var query = random.next();
        var faces = new ArrayList<UUID>();
        var descriptors = new ArrayList<Descriptor>();
        for (int i = 0; i < 40; i++) {
            var face = random.faceId();
            var descriptor = random.near(query, 0.2 + i * 0.05);
            accounts.of(account).put(face, descriptor, Set.of());
            faces.add(face);
            descriptors.add(descriptor);
        }
        accounts.of(UUID.randomUUID()).put(random.faceId(), query, Set.of());

        var found = client.search(SearchFacesRequest.everyFace(account, List.of(query.int8()), 5, 0)).matches().getFirst();

        assertThat(found).hasSize(5);
        for (var match : found) {
            var descriptor = descriptors.get(faces.indexOf(match.faceId()));
            assertThat(match.similarity()).isEqualTo(query.similarityTo(descriptor));
        }
        assertThat(found).extracting(FoundFace::similarity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        var best = faces.stream().map(f -> query.similarityTo(descriptors.get(faces.indexOf(f)))).sorted((a, b) -> Double.compare(b, a))
                .limit(5).toList();
        assertThat(found).extracting(FoundFace::similarity).containsExactlyElementsOf(best);
    }

    @Test
    void aBatchOfQueriesOverAListGivesEachQueryItsOwnMatchesAboveTheThreshold() {
        var account = UUID.randomUUID();
        var list = UUID.randomUUID();
        var first = random.next();
        var second = random.next();
        var nearFirst = random.faceId();
        var nearSecond = random.faceId();
        accounts.of(account).put(nearFirst, random.near(first, 0.3), Set.of(list));
        accounts.of(account).put(nearSecond, random.near(second, 0.3), Set.of(list));
        accounts.of(account).put(random.faceId(), first, Set.of());

        var found = client.search(SearchFacesRequest.list(account, list, List.of(first.int8(), second.int8()), 10, 0.5)).matches();

        assertThat(found.get(0)).extracting(FoundFace::faceId).containsExactly(nearFirst);
        assertThat(found.get(1)).extracting(FoundFace::faceId).containsExactly(nearSecond);
    }

    @Test
    void aPersonCanAskInJsonAndReadTheAnswer() throws Exception {
        var account = UUID.randomUUID();
        var face = random.faceId();
        var descriptor = random.next();
        accounts.of(account).put(face, descriptor, Set.of());
        var body = "{\"account_id\":\"" + account + "\",\"face_ids\":[\"" + face + "\"],\"descriptors\":[\""
                + Base64.getEncoder().encodeToString(descriptor.int8()) + "\"],\"limit\":1,\"threshold\":0}";

        var answer = post("application/json", body.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"matches\":[[{\"face_id\":\"" + face + "\",\"similarity\":1.0}]]}");
    }

    @Test
    void aDescriptorOfTheWrongLengthIsRefusedWith400() {
        var request = SearchFacesRequest.everyFace(UUID.randomUUID(), List.of(new byte[100]), 3, 0);

        assertThatThrownBy(() -> client.search(request)).isInstanceOf(ProtocolException.class).hasMessageContaining("answered 400");
    }

    @Test
    void searchesAnswer503UntilTheFacesAreLoaded() {
        loaded.set(false);
        var request = SearchFacesRequest.everyFace(UUID.randomUUID(), List.of(random.next().int8()), 3, 0);

        assertThatThrownBy(() -> client.search(request)).isInstanceOf(ProtocolException.class).hasMessageContaining("answered 503");
        assertThat(client.status().loaded()).isFalse();
    }

    @Test
    void theInferenceServicesRoutesAreNotServedHere() throws Exception {
        var answer = post("application/json", "{}".getBytes(StandardCharsets.UTF_8), "/1/detect");

        assertThat(answer.statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> post(String type, byte[] body) throws Exception {
        return post(type, body, MatcherClient.SEARCH);
    }

    private HttpResponse<byte[]> post(String type, byte[] body, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", type).header("Accept", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
