package org.openluna.localstack.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openluna.functions.LunaApplication;
import org.openluna.functions.gateway.FunctionGroup;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.lambda.InfraDefinitions;
import org.openluna.shared.api.Json;
import org.openluna.shared.queues.QueueNames;
import tools.jackson.databind.JsonNode;

/**
 * {@code infra/terraform} checked without Terraform: parsed by HashiCorp's HCL parser, every resource
 * type and argument looked up in the AWS provider's schema, and what the code defines (routes, group
 * permissions, tables, queues, buckets) found in the files Terraform reads, equal to what the code
 * says and to what the local stack provisions.
 */
class TerraformTest {
    /** Arguments Terraform itself gives every resource, not the provider. */
    private static final Set<String> META = Set.of("for_each", "count", "depends_on", "lifecycle", "provider");
    private static TerraformFiles terraform;

    @BeforeAll
    static void parse() throws Exception {
        terraform = TerraformFiles.parse();
    }

    @Test
    void everyResourceTypeAndArgumentIsInTheAwsProvidersSchema() throws Exception {
        var resources = terraform.blocks("resource");
        var data = terraform.blocks("data");
        var schema = ProviderSchema.of(resources.stream().map(TerraformFiles.Block::type).collect(Collectors.toSet()),
                data.stream().map(TerraformFiles.Block::type).collect(Collectors.toSet()));
        var unknown = new ArrayList<String>();
        for (var block : resources) {
            check(block.type(), block.type() + "." + block.name(), block.body(), schema, unknown);
        }
        for (var block : data) {
            check("data." + block.type(), "data." + block.type() + "." + block.name(), block.body(), schema, unknown);
        }
        assertThat(resources).hasSizeGreaterThan(50);
        assertThat(unknown).as("types and arguments the AWS provider 6.25.0 does not have").isEmpty();
    }

    private static void check(String type, String where, JsonNode body, ProviderSchema schema, List<String> unknown) {
        if (!schema.knows(type)) {
            unknown.add(where + ": no such type");
            return;
        }
        var arguments = schema.arguments(type);
        body.properties().forEach(field -> {
            var name = field.getKey();
            if (META.contains(name)) {
                return;
            }
            if (name.equals("dynamic")) {
                field.getValue().properties().forEach(dynamic -> {
                    if (!arguments.contains(dynamic.getKey())) {
                        unknown.add(where + ": dynamic block " + dynamic.getKey());
                    }
                    dynamic.getValue().forEach(spec -> spec.get("content").forEach(content -> check(type, where, content, schema, unknown)));
                });
                return;
            }
            if (!arguments.contains(name)) {
                unknown.add(where + ": " + name);
            }
            // a block is a list of objects; an argument whose value is a map (tags, variables) holds our own keys
            if (field.getValue().isArray()) {
                field.getValue().forEach(item -> {
                    if (item.isObject()) {
                        check(type, where + "." + name, item, schema, unknown);
                    }
                });
            }
        });
    }

    @Test
    void theDefinitionsTerraformReadsAreWhatTheCodeDefines() throws Exception {
        for (var file : InfraDefinitions.render().entrySet()) {
            var onDisk = Files.readString(TerraformFiles.FOLDER.resolve("definitions").resolve(file.getKey()), StandardCharsets.UTF_8);
            assertThat(onDisk).as("infra/terraform/definitions/%s is stale: run org.openluna.lambda.InfraDefinitions", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void everyRouteOfTheTableIsOneApiRouteToItsGroupsFunctionAndNoneIsExtra() throws Exception {
        var rows = Json.tree(Files.readAllBytes(TerraformFiles.FOLDER.resolve("definitions/routes.json")));
        var keys = new ArrayList<String>();
        rows.forEach(row -> keys.add(row.get("route_key").asString()));
        assertThat(keys).doesNotHaveDuplicates().hasSize(RouteTable.routes().size());
        assertThat(Set.copyOf(keys)).isEqualTo(RouteTable.routes().stream().map(r -> r.method() + " " + r.template()).collect(Collectors.toSet()));

        var route = terraform.resource("aws_apigatewayv2_route", "route").body();
        assertThat(route.get("for_each").asString()).isEqualTo("${{ for route in local.routes : route.route_key => route }}");
        assertThat(route.get("route_key").asString()).isEqualTo("${each.key}");
        assertThat(route.get("target").asString()).isEqualTo("integrations/${aws_apigatewayv2_integration.group[each.value.group].id}");
        // the only other route: what no row names goes to the service group, which answers 404 or 405
        var others = terraform.blocks("resource").stream().filter(b -> b.type().equals("aws_apigatewayv2_route") && !b.name().equals("route")).toList();
        assertThat(others).hasSize(1);
        assertThat(others.getFirst().body().get("route_key").asString()).isEqualTo("$default");

        var integration = terraform.resource("aws_apigatewayv2_integration", "group").body();
        assertThat(integration.get("for_each").asString()).isEqualTo("${local.groups}");
        assertThat(integration.get("integration_uri").asString()).isEqualTo("${aws_lambda_alias.group[each.key].invoke_arn}");
        var groups = Json.tree(Files.readAllBytes(TerraformFiles.FOLDER.resolve("definitions/groups.json")));
        var names = new TreeSet<String>();
        groups.properties().forEach(group -> names.add(group.getKey()));
        assertThat(names).isEqualTo(java.util.Arrays.stream(FunctionGroup.values()).map(FunctionGroup::functionName)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void eachGroupsFunctionServesItsGroupWithItsOwnRole() {
        var function = terraform.resource("aws_lambda_function", "group").body();
        assertThat(function.get("for_each").asString()).isEqualTo("${local.groups}");
        assertThat(function.get("role").asString()).isEqualTo("${aws_iam_role.group[each.key].arn}");
        assertThat(function.get("handler").asString()).isEqualTo("org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest");
        var variables = function.get("environment").get(0).get("variables").asString();
        assertThat(variables).contains("MAIN_CLASS                       = \"" + LunaApplication.class.getName() + "\"")
                .contains("LUNA_FUNCTION_GROUPS             = each.key");

        var policy = terraform.resource("aws_iam_role_policy", "group").body();
        assertThat(policy.get("role").asString()).isEqualTo("${aws_iam_role.group[each.key].id}");
        assertThat(policy.get("policy").asString()).isEqualTo("${jsonencode({ Version = \"2012-10-17\", Statement = local.group_statements[each.key] })}");
        // a group's statements name its own lists of resources and nothing another group's holds
        var statements = terraform.locals().get("group_statements").asString();
        var lists = Pattern.compile("for (\\w+) in (\\w+)\\.(\\w+)").matcher(statements);
        var sources = new HashSet<String>();
        while (lists.find()) {
            sources.add(lists.group(2) + "." + lists.group(3));
        }
        assertThat(sources).containsExactlyInAnyOrder("r.tables_read", "r.tables_written", "r.buckets", "r.queues_sent");
        assertThat(statements).doesNotContain("local.groups[").doesNotContain("\"*\"");
    }

    @Test
    void everyTableQueueAndBucketIsMadeFromTheDefinitionsAndEveryQueueThatHoldsWorkHasADeadLetterQueue() throws Exception {
        assertThat(terraform.resource("aws_dynamodb_table", "table").body().get("for_each").asString()).isEqualTo("${local.tables}");
        assertThat(terraform.resource("aws_s3_bucket", "bucket").body().get("for_each").asString()).isEqualTo("${local.buckets}");
        var queue = terraform.resource("aws_sqs_queue", "queue").body();
        assertThat(queue.get("for_each").asString()).isEqualTo("${local.queues}");
        assertThat(queue.get("redrive_policy").asString()).contains("aws_sqs_queue.dead_letter[each.value.dead_letter_queue].arn")
                .contains("maxReceiveCount     = each.value.max_receive_count");
        assertThat(terraform.resource("aws_sqs_queue", "dead_letter").body().get("for_each").asString()).isEqualTo("${local.dead_letter_queues}");

        var specs = new QueueNames("").specs();
        for (var spec : specs) {
            if (spec.hasConsumerFunction()) {
                assertThat(spec.deadLetterQueue()).as("a queue a function consumes holds work: " + spec.name()).isPresent();
            }
        }
        // every queue a function consumes has its mapping, with partial batch failures
        var workers = new TreeSet<String>();
        terraform.locals().get("workers").properties().forEach(worker -> workers.add(worker.getKey()));
        var consumed = specs.stream().filter(s -> s.hasConsumerFunction()).map(s -> s.name()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(workers).as("a worker for each queue a function consumes").isEqualTo(consumed);
        var mapping = terraform.resource("aws_lambda_event_source_mapping", "worker").body();
        assertThat(mapping.get("function_response_types").get(0).asString()).isEqualTo("ReportBatchItemFailures");
        assertThat(mapping.get("batch_size").asString()).isEqualTo("${local.queues[each.key].batch_size}");
        assertThat(terraform.resource("aws_lambda_function", "worker").body().get("timeout").asString())
                .isEqualTo("${local.queues[each.key].consumer_timeout_seconds}");
        // point-in-time recovery on every table
        assertThat(terraform.resource("aws_dynamodb_table", "table").body().get("point_in_time_recovery").get(0).get("enabled").asBoolean()).isTrue();
    }

    @Test
    void theWorkersHandlersAreTheWorkersModulesRequestHandlers() throws Exception {
        var workers = terraform.locals().get("workers");
        assertThat(workers.size()).isEqualTo((int) new QueueNames("").specs().stream().filter(spec -> spec.hasConsumerFunction()).count());
        workers.properties().forEach(worker -> {
            try {
                assertThat(RequestHandler.class).isAssignableFrom(Class.forName(worker.getValue().get("handler").asString()));
            } catch (ClassNotFoundException e) {
                throw new AssertionError("the " + worker.getKey() + " worker names a class the workers module lacks", e);
            }
        });
    }

    @Test
    void everyVariableIsDeclaredAndDescribedAndTheExampleSetsTheOnesWithoutDefault() throws Exception {
        var declared = new TreeSet<>(terraform.names("variable"));
        var used = new TreeSet<String>();
        var references = Pattern.compile("var\\.(\\w+)").matcher(TerraformFiles.text());
        while (references.find()) {
            used.add(references.group(1));
        }
        assertThat(declared).containsAll(used);
        assertThat(used).containsAll(declared);
        var example = Files.readString(TerraformFiles.FOLDER.resolve("terraform.tfvars.example"));
        for (var name : declared) {
            var variable = terraform.named("variable", name);
            assertThat(variable.get("description")).as("description of " + name).isNotNull();
            if (variable.get("default") == null) {
                assertThat(example).as("terraform.tfvars.example sets " + name).containsPattern("(?m)^" + name + "\\s+=");
            }
        }
        for (var output : terraform.names("output")) {
            assertThat(terraform.named("output", output).get("description")).as("description of output " + output).isNotNull();
        }
    }
}
