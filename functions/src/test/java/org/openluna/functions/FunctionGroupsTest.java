package org.openluna.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openluna.functions.gateway.FunctionGroup;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.protocol.inference.InferenceClient;
import org.openluna.protocol.matcher.MatcherClient;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Each group starts alone, as its Lambda starts it, with exactly its routes' functions and only the
 * clients of the services those functions call. No AWS service is reached: clients connect on first use.
 */
class FunctionGroupsTest {
    /** The services each group may reach besides DynamoDB, which every group's authentication reads. */
    private static final Map<FunctionGroup, Set<Class<?>>> CLIENTS = Map.ofEntries(
            Map.entry(FunctionGroup.SERVICE, Set.of(S3Client.class, SqsClient.class)),
            Map.entry(FunctionGroup.ACCOUNTS, Set.of()),
            Map.entry(FunctionGroup.TOKENS, Set.of()),
            Map.entry(FunctionGroup.IMAGES, Set.of(S3Client.class)),
            Map.entry(FunctionGroup.OBJECTS, Set.of(S3Client.class)),
            Map.entry(FunctionGroup.SAMPLES, Set.of(S3Client.class)),
            Map.entry(FunctionGroup.SDK, Set.of(InferenceClient.class)),
            Map.entry(FunctionGroup.DETECTOR, Set.of(InferenceClient.class, S3Client.class)),
            Map.entry(FunctionGroup.ISO, Set.of(InferenceClient.class)),
            Map.entry(FunctionGroup.LIVENESS, Set.of(InferenceClient.class)),
            Map.entry(FunctionGroup.EXTRACTOR, Set.of(InferenceClient.class, S3Client.class)),
            Map.entry(FunctionGroup.ATTRIBUTES, Set.of()),
            Map.entry(FunctionGroup.FACES, Set.of()),
            Map.entry(FunctionGroup.LISTS, Set.of()),
            Map.entry(FunctionGroup.MATCHER, Set.of(MatcherClient.class, InferenceClient.class, S3Client.class)),
            Map.entry(FunctionGroup.HANDLERS, Set.of()),
            Map.entry(FunctionGroup.HANDLER_EVENTS, Set.of(InferenceClient.class, MatcherClient.class, S3Client.class, SqsClient.class)),
            Map.entry(FunctionGroup.EVENTS, Set.of(S3Client.class)),
            Map.entry(FunctionGroup.VERIFIERS, Set.of(InferenceClient.class, S3Client.class)),
            Map.entry(FunctionGroup.WS, Set.of()),
            Map.entry(FunctionGroup.TASKS, Set.of(S3Client.class, SqsClient.class)),
            Map.entry(FunctionGroup.STREAMS, Set.of()));
    private static final Set<Class<?>> OPTIONAL_CLIENTS = Set.of(InferenceClient.class, MatcherClient.class, S3Client.class, SqsClient.class);

    @ParameterizedTest
    @EnumSource(FunctionGroup.class)
    void aGroupStartsAloneWithItsOwnFunctionsAndClients(FunctionGroup group) {
        try (var context = start(group.functionName())) {
            var expected = RouteTable.routes().stream().filter(route -> route.group() == group)
                    .map(route -> route.function()).collect(Collectors.toSet());
            assertThat(Set.of(context.getBeanNamesForType(apiFunction()))).isEqualTo(expected);
            var clients = OPTIONAL_CLIENTS.stream().filter(type -> context.getBeanNamesForType(type).length > 0).collect(Collectors.toSet());
            assertThat(clients).as("clients of " + group).isEqualTo(CLIENTS.get(group));
        }
    }

    /** The permissions a group's role is made of name a kind of resource exactly when its context holds that kind's client. */
    @ParameterizedTest
    @EnumSource(FunctionGroup.class)
    void aGroupsPermissionsCoverItsClientsAndNoMore(FunctionGroup group) {
        var resources = GroupResources.of(group);
        var clients = CLIENTS.get(group);
        // the health check holds the clients to look at every store, and may do nothing else with them
        assertThat(!resources.buckets().isEmpty() || resources.inspects()).as("buckets of " + group).isEqualTo(clients.contains(S3Client.class));
        assertThat(!resources.queuesSent().isEmpty() || resources.inspects()).as("queues of " + group)
                .isEqualTo(clients.contains(SqsClient.class));
        assertThat(resources.inspects()).isEqualTo(group == FunctionGroup.SERVICE);
        assertThat(resources.services().contains("inference")).as("inference for " + group).isEqualTo(clients.contains(InferenceClient.class));
        assertThat(resources.services().contains("matcher")).as("matcher for " + group).isEqualTo(clients.contains(MatcherClient.class));
        assertThat(resources.tablesRead()).as("every group authenticates").contains("accounts", "tokens", "sessions");
        assertThat(resources.tablesRead()).containsAll(resources.tablesWritten());
    }

    @org.junit.jupiter.api.Test
    void onlyTheAccountAndTokenGroupsWriteCredentials() {
        for (var group : FunctionGroup.values()) {
            var written = GroupResources.of(group).tablesWritten();
            assertThat(written.contains("accounts")).as(group.name()).isEqualTo(group == FunctionGroup.ACCOUNTS);
            assertThat(written.contains("tokens")).as(group.name()).isEqualTo(group == FunctionGroup.TOKENS);
        }
    }

    @org.junit.jupiter.api.Test
    void theEmbeddedDefaultServesEveryRoute() {
        try (var context = start("all")) {
            var expected = RouteTable.routes().stream().map(route -> route.function()).collect(Collectors.toSet());
            assertThat(Set.of(context.getBeanNamesForType(apiFunction()))).isEqualTo(expected);
        }
    }

    private static ResolvableType apiFunction() {
        return ResolvableType.forClassWithGenerics(Function.class, ApiRequest.class, ApiResponse.class);
    }

    private static ConfigurableApplicationContext start(String groups) {
        var application = new SpringApplication(LunaApplication.class);
        application.setDefaultProperties(Map.of(
                "spring.main.web-application-type", "none",
                FunctionGroups.PROPERTY, groups,
                "luna.auth.token-secret", "a-test-secret-of-at-least-thirty-two-bytes",
                "luna.aws.access-key", "test",
                "luna.aws.secret-key", "test",
                "luna.aws.endpoint", "http://127.0.0.1:9"));
        return application.run();
    }
}
