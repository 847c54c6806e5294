package org.openluna.lambda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.functions.GroupResources;
import org.openluna.functions.gateway.FunctionGroup;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.shared.api.Json;
import org.openluna.shared.blobs.BucketNames;
import org.openluna.shared.queues.QueueNames;
import org.openluna.shared.tables.TableDefinitions;
import org.openluna.shared.tables.TableNames;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/**
 * What Terraform deploys that the code already defines, written as JSON that {@code infra/terraform}
 * reads with {@code jsondecode}: the routes and their groups, each group's resources (its IAM role),
 * the tables with their keys, indexes, streams and time to live, the queues with their dead-letter
 * queues, and the buckets. One definition for both places: the local stack provisions from the same
 * code, and a test fails when the files and the code part ways.
 *
 * <p>{@code java -cp ... org.openluna.lambda.InfraDefinitions infra/terraform/definitions} rewrites them.
 */
public final class InfraDefinitions {
    public static final List<String> FILES = List.of("routes.json", "groups.json", "tables.json", "queues.json", "buckets.json");

    private InfraDefinitions() {}

    public static void main(String[] args) throws IOException {
        var folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "infra/terraform/definitions"));
        for (var file : render().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Each file's name and text. */
    public static Map<String, String> render() {
        var files = new LinkedHashMap<String, String>();
        files.put("routes.json", json(routes()));
        files.put("groups.json", json(groups()));
        files.put("tables.json", json(tables()));
        files.put("queues.json", json(queues()));
        files.put("buckets.json", json(new BucketNames("").all()));
        return files;
    }

    record RouteDefinition(String routeKey, String group) {}

    private static List<RouteDefinition> routes() {
        return RouteTable.routes().stream()
                .map(route -> new RouteDefinition(route.method() + " " + route.template(), route.group().functionName())).toList();
    }

    private static Map<String, GroupResources.Resources> groups() {
        var groups = new LinkedHashMap<String, GroupResources.Resources>();
        for (var group : FunctionGroup.values()) {
            groups.put(group.functionName(), GroupResources.of(group));
        }
        return groups;
    }

    record Attribute(String name, String type) {}

    record Index(String name, String hashKey, String rangeKey, String projectionType, List<String> nonKeyAttributes) {}

    record Table(String name, String hashKey, String rangeKey, List<Attribute> attributes, List<Index> globalSecondaryIndexes,
                 List<Index> localSecondaryIndexes, String streamViewType, String ttlAttribute) {}

    private static List<Table> tables() {
        var names = new TableNames("");
        var ttl = TableDefinitions.timeToLiveAttributes(names);
        var tables = new ArrayList<Table>();
        for (var request : TableDefinitions.all(names)) {
            tables.add(new Table(request.tableName(), key(request.keySchema(), KeyType.HASH), key(request.keySchema(), KeyType.RANGE),
                    request.attributeDefinitions().stream().map(InfraDefinitions::attribute).toList(),
                    request.globalSecondaryIndexes().stream().map(i -> index(i.indexName(), i.keySchema(), i.projection())).toList(),
                    request.localSecondaryIndexes().stream().map(i -> index(i.indexName(), i.keySchema(), i.projection())).toList(),
                    streamViewType(request), ttl.get(request.tableName())));
        }
        return tables;
    }

    private static String streamViewType(CreateTableRequest request) {
        var stream = request.streamSpecification();
        return stream != null && Boolean.TRUE.equals(stream.streamEnabled()) ? stream.streamViewTypeAsString() : null;
    }

    private static Attribute attribute(AttributeDefinition definition) {
        return new Attribute(definition.attributeName(), definition.attributeTypeAsString());
    }

    private static Index index(String name, List<KeySchemaElement> keys, Projection projection) {
        return new Index(name, key(keys, KeyType.HASH), key(keys, KeyType.RANGE), projection.projectionTypeAsString(),
                projection.nonKeyAttributes());
    }

    private static String key(List<KeySchemaElement> keys, KeyType type) {
        return keys.stream().filter(k -> k.keyType() == type).map(KeySchemaElement::attributeName).findFirst().orElse(null);
    }

    record Queue(String name, int visibilityTimeoutSeconds, int consumerTimeoutSeconds, int batchSize, int maxReceiveCount,
                 int retentionSeconds, String deadLetterQueue, int deadLetterRetentionSeconds) {}

    private static List<Queue> queues() {
        return new QueueNames("").specs().stream().map(spec -> new Queue(spec.name(), spec.visibilityTimeoutSeconds(),
                spec.consumerTimeoutSeconds(), spec.batchSize(), spec.maxReceiveCount(), spec.retentionSeconds(),
                spec.deadLetterQueue().orElse(null), org.openluna.shared.queues.QueueSpec.DEAD_LETTER_RETENTION_SECONDS)).toList();
    }

    private static String json(Object value) {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    }
}
