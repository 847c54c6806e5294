package org.openluna.shared.tables;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Every table's keys and indexes, in one place: the local stack creates tables from these, and the
 * Terraform definitions are checked against them. ADR 0009 says why faces and lists are laid out so.
 */
public final class TableDefinitions {
    static final String ACCOUNTS_KEY = "pk";
    static final String TOKENS_KEY = "token_id";
    static final String TOKENS_BY_ACCOUNT = "by_account";
    static final String SESSIONS_KEY = "session_id";
    static final String SESSIONS_TTL = "expires_at";
    static final String ATTRIBUTES_KEY = "account_id";
    static final String ATTRIBUTES_SORT_KEY = "attribute_id";
    static final String ATTRIBUTES_TTL = "expires_at";
    static final String TASKS_KEY = "account_id";
    static final String TASKS_SORT_KEY = "item_key";
    static final String SCHEDULES_KEY = "account_id";
    static final String SCHEDULES_SORT_KEY = "schedule_id";
    static final String SCHEDULES_DUE = "due";
    static final String SCHEDULES_NEXT_RUN = "next_run";
    static final String SCHEDULES_BY_NEXT_RUN = "by_next_run";

    static final String STREAMS_KEY = "account_id";
    static final String STREAMS_SORT_KEY = "item_key";
    static final String STREAMS_RUNNABLE = "runnable";
    static final String STREAMS_LEASE_EXPIRY = "lease_expiry";
    static final String STREAMS_BY_LEASE = "by_lease";

    static final String FACES_KEY = "account_id";
    static final String FACES_SORT_KEY = "face_id";
    static final String LISTS_KEY = "account_id";
    static final String LISTS_SORT_KEY = "list_id";
    static final String HANDLERS_KEY = "account_id";
    static final String HANDLERS_SORT_KEY = "handler_id";
    static final String VERIFIERS_KEY = "account_id";
    static final String VERIFIERS_SORT_KEY = "verifier_id";
    static final String LIST_FACES_KEY = "list_id";
    static final String LIST_FACES_SORT_KEY = "face_id";
    /** Creation time and id, {@code <time>#<id>}: a unique key that sorts by time. */
    static final String CREATE_KEY = "create_key";
    /** {@code <account_id>/<external_id>}, only on faces with an external id. */
    static final String EXTERNAL_KEY = "external_key";
    /** {@code <account_id>/<event_id>}, only on faces made from an event. */
    static final String EVENT_KEY = "event_key";
    static final String BY_CREATE_TIME = "by_create_time";
    static final String BY_EXTERNAL_ID = "by_external_id";
    static final String BY_EVENT_ID = "by_event_id";
    /** What a face listing shows, so the face indexes answer it without reading descriptors. */
    static final List<String> FACE_LISTING = List.of("create_time", "user_data", "external_id", "avatar", "event_id",
            "lists", "version", "attribute_create_time");

    private TableDefinitions() {}

    public static List<CreateTableRequest> all(TableNames names) {
        return List.of(
                CreateTableRequest.builder()
                        .tableName(names.accounts())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attribute(ACCOUNTS_KEY))
                        .keySchema(hash(ACCOUNTS_KEY))
                        .build(),
                CreateTableRequest.builder()
                        .tableName(names.tokens())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attribute(TOKENS_KEY), attribute("account_id"), attribute("create_time"))
                        .keySchema(hash(TOKENS_KEY))
                        .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                                .indexName(TOKENS_BY_ACCOUNT)
                                .keySchema(hash("account_id"), range("create_time"))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                                .build())
                        .build(),
                CreateTableRequest.builder()
                        .tableName(names.sessions())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attribute(SESSIONS_KEY))
                        .keySchema(hash(SESSIONS_KEY))
                        .build(),
                CreateTableRequest.builder()
                        .tableName(names.attributes())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attribute(ATTRIBUTES_KEY), attribute(ATTRIBUTES_SORT_KEY))
                        .keySchema(hash(ATTRIBUTES_KEY), range(ATTRIBUTES_SORT_KEY))
                        .build(),
                faces(names),
                lists(names),
                listFaces(names),
                handlers(names),
                verifiers(names),
                EventsTableDefinition.of(names),
                CreateTableRequest.builder()
                        .tableName(names.tasks())
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attribute(TASKS_KEY), attribute(TASKS_SORT_KEY))
                        .keySchema(hash(TASKS_KEY), range(TASKS_SORT_KEY))
                        .build(),
                schedules(names),
                streams(names));
    }

    /**
     * Streams, their groups and logs by account (ADR 0024). The sparse global index holds the streams
     * that should run, by when their lease expires, so a processor finds the free ones without reading
     * the others.
     */
    private static CreateTableRequest streams(TableNames names) {
        return CreateTableRequest.builder()
                .tableName(names.streams())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute(STREAMS_KEY), attribute(STREAMS_SORT_KEY), attribute(STREAMS_RUNNABLE),
                        numeric(STREAMS_LEASE_EXPIRY))
                .keySchema(hash(STREAMS_KEY), range(STREAMS_SORT_KEY))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(STREAMS_BY_LEASE)
                        .keySchema(hash(STREAMS_RUNNABLE), range(STREAMS_LEASE_EXPIRY))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                        .build())
                .build();
    }

    /**
     * Schedules by account and id (ADR 0021). The sparse global index holds the running ones only, by
     * their next run, so the minute's tick asks it for the schedules due without reading the others.
     */
    private static CreateTableRequest schedules(TableNames names) {
        return CreateTableRequest.builder()
                .tableName(names.schedules())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute(SCHEDULES_KEY), numeric(SCHEDULES_SORT_KEY), attribute(SCHEDULES_DUE), numeric(SCHEDULES_NEXT_RUN))
                .keySchema(hash(SCHEDULES_KEY), range(SCHEDULES_SORT_KEY))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(SCHEDULES_BY_NEXT_RUN)
                        .keySchema(hash(SCHEDULES_DUE), range(SCHEDULES_NEXT_RUN))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                        .build())
                .build();
    }

    /** The tables whose items DynamoDB deletes by itself, each with the attribute holding the epoch second it may. */
    public static Map<String, String> timeToLiveAttributes(TableNames names) {
        return Map.of(names.attributes(), ATTRIBUTES_TTL, names.sessions(), SESSIONS_TTL);
    }

    /**
     * Faces by account and id. Global indexes, not local ones, serve the orders and lookups a listing
     * needs: a local index would cap an account's faces at DynamoDB's 10 GB per partition key. The
     * stream carries each face's old and new image, descriptor included, for the matcher.
     */
    private static CreateTableRequest faces(TableNames names) {
        return CreateTableRequest.builder()
                .tableName(names.faces())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute(FACES_KEY), attribute(FACES_SORT_KEY), attribute(CREATE_KEY),
                        attribute(EXTERNAL_KEY), attribute(EVENT_KEY))
                .keySchema(hash(FACES_KEY), range(FACES_SORT_KEY))
                .globalSecondaryIndexes(
                        faceListing(BY_CREATE_TIME, FACES_KEY),
                        faceListing(BY_EXTERNAL_ID, EXTERNAL_KEY),
                        faceListing(BY_EVENT_ID, EVENT_KEY))
                .streamSpecification(newAndOldImages())
                .build();
    }

    private static GlobalSecondaryIndex faceListing(String name, String partitionKey) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(hash(partitionKey), range(CREATE_KEY))
                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes(FACE_LISTING).build())
                .build();
    }

    /** Lists by account and id; an account holds few, so a local index keeps their time order strongly consistent. */
    private static CreateTableRequest lists(TableNames names) {
        return CreateTableRequest.builder()
                .tableName(names.lists())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute(LISTS_KEY), attribute(LISTS_SORT_KEY), attribute(CREATE_KEY))
                .keySchema(hash(LISTS_KEY), range(LISTS_SORT_KEY))
                .localSecondaryIndexes(LocalSecondaryIndex.builder()
                        .indexName(BY_CREATE_TIME)
                        .keySchema(hash(LISTS_KEY), range(CREATE_KEY))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build())
                .build();
    }

    /**
     * Handlers by account and id (ADR 0011). Like lists, an account holds few, so a local index keeps
     * their time order strongly consistent; each item carries its whole policies as JSON text.
     */
    private static CreateTableRequest handlers(TableNames names) {
        return CreateTableRequest.builder()
                .tableName(names.handlers())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute(HANDLERS_KEY), attribute(HANDLERS_SORT_KEY), attribute(CREATE_KEY))
                .keySchema(hash(HANDLERS_KEY), range(HANDLERS_SORT_KEY))
                .localSecondaryIndexes(LocalSecondaryIndex.builder()
                        .indexName(BY_CREATE_TIME)
                        .keySchema(hash(HANDLERS_KEY), range(CREATE_KEY))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build())
                .build();
    }

    /** Verifiers as handlers (ADR 0014): by account and id, a local index for their time order. */
    private static CreateTableRequest verifiers(TableNames names) {
        return CreateTableRequest.builder()
                .tableName(names.verifiers())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute(VERIFIERS_KEY), attribute(VERIFIERS_SORT_KEY), attribute(CREATE_KEY))
                .keySchema(hash(VERIFIERS_KEY), range(VERIFIERS_SORT_KEY))
                .localSecondaryIndexes(LocalSecondaryIndex.builder()
                        .indexName(BY_CREATE_TIME)
                        .keySchema(hash(VERIFIERS_KEY), range(CREATE_KEY))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build())
                .build();
    }

    /**
     * One item per face in a list, keyed by list and face, with the face's creation key so a list's
     * faces page in time order. Its items are small (three ids and a time), so the local index's 10 GB
     * per list is tens of millions of faces. The stream tells the matcher who joins and leaves a list.
     */
    private static CreateTableRequest listFaces(TableNames names) {
        return CreateTableRequest.builder()
                .tableName(names.listFaces())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute(LIST_FACES_KEY), attribute(LIST_FACES_SORT_KEY), attribute(CREATE_KEY))
                .keySchema(hash(LIST_FACES_KEY), range(LIST_FACES_SORT_KEY))
                .localSecondaryIndexes(LocalSecondaryIndex.builder()
                        .indexName(BY_CREATE_TIME)
                        .keySchema(hash(LIST_FACES_KEY), range(CREATE_KEY))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                        .build())
                .streamSpecification(newAndOldImages())
                .build();
    }

    private static StreamSpecification newAndOldImages() {
        return StreamSpecification.builder().streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build();
    }

    static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    static AttributeDefinition numeric(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.N).build();
    }

    static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }
}
