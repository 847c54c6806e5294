package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.Matching.faceWith;
import static org.openluna.localstack.Matching.found;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.matcher.service.MatcherServer;
import org.openluna.matcher.service.MatcherSettings;
import org.openluna.protocol.matcher.MatcherClient;
import org.openluna.protocol.matcher.SearchFacesRequest;
import org.openluna.shared.descriptors.Descriptor;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import tools.jackson.databind.JsonNode;

/** The matcher holds nothing of its own: a new one over the same tables, or a restarted stack, answers exactly as before. */
@ExtendWith(RunningStack.class)
class MatcherRestartTest {

    private static MatcherClient client(int port) {
        return new MatcherClient(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(10));
    }

    @Test
    void aNewMatcherServiceOverTheSameTablesAnswersExactlyAsTheRunningOne(Api api, RunningStack.Started stack) throws Exception {
        var account = api.newAccount("user");
        var client = account.withToken();
        var list = ListsTest.createList(client, "restart");
        var descriptors = new ArrayList<Descriptor>();
        for (int i = 0; i < 24; i++) {
            descriptors.add(AttributesTest.descriptor(9400 + i));
            faceWith(client, descriptors.getLast(), i % 3 == 0 ? List.of(list) : List.of(), "face " + i);
        }
        Eventually.value("the running matcher holds the faces", () -> found(client, descriptors.getLast(), Map.of(), 100).size(), n -> n == 24);
        var endpoint = URI.create("http://127.0.0.1:" + stack.settings().emulatorPorts().dynamodb());
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        var queries = descriptors.subList(0, 5).stream().map(Descriptor::int8).toList();
        var accountId = UUID.fromString(account.id());
        var requests = List.of(SearchFacesRequest.everyFace(accountId, queries, 7, 0),
                SearchFacesRequest.list(accountId, UUID.fromString(list), queries, 100, 0),
                SearchFacesRequest.everyFace(accountId, queries, 100, 0.02));
        var running = client(stack.settings().matcherPort());
        try (var dynamo = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
                     .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
             var streams = DynamoDbStreamsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
                     .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
             var second = MatcherServer.start(MatcherSettings.defaults(FreePorts.next(), LocalStack.RESOURCE_PREFIX), dynamo, streams)) {
            second.awaitLoaded(Duration.ofMinutes(1));
            var fresh = client(second.port());
            for (var request : requests) {
                assertThat(fresh.search(request)).isEqualTo(running.search(request));
            }
            assertThat(fresh.search(requests.get(1)).matches().getFirst()).hasSize(8);
        }
    }

    @Test
    void theMatcherOfARestartedStackAnswersAsBeforeAndIsLoadedBeforeTheGatewayOpens() throws Exception {
        var settings = FreePorts.settingsFor(Files.createTempDirectory("luna-matcher-restart-"));
        Api client;
        Map<String, Object> body;
        JsonNode before;
        try (var stack = LocalStack.start(settings)) {
            var account = new Api(stack.gatewayPort()).newAccount("user");
            client = account.api();
            var list = ListsTest.createList(client, "kept");
            var descriptors = new ArrayList<Descriptor>();
            for (int i = 0; i < 10; i++) {
                descriptors.add(AttributesTest.descriptor(9500 + i));
                faceWith(client, descriptors.getLast(), i % 2 == 0 ? List.of(list) : List.of(), "face " + i);
            }
            Eventually.value("the matcher holds the faces", () -> found(client, descriptors.getLast(), Map.of(), 100).size(), n -> n == 10);
            body = Matching.body(List.of(Matching.descriptorReference("a", descriptors.get(0)), Matching.descriptorReference("b", descriptors.get(5))),
                    List.of(Matching.faces(Map.of(), 4), Matching.faces(Map.of("list_id", list), 100)));
            before = client.postJson("/6/matcher/faces", body).assertStatus(200).json();
        }
        // the same settings, so the same gateway port: the client's credentials are those of the first run
        try (var stack = LocalStack.start(settings)) {
            var after = client.postJson("/6/matcher/faces", body).assertStatus(200).json();
            assertThat(after).isEqualTo(before);
            assertThat(Matching.result(after).size()).isEqualTo(4);
        }
    }
}
