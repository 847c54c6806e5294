package org.openluna.shared.tables;

import static org.openluna.shared.tables.TableDefinitions.attribute;
import static org.openluna.shared.tables.TableDefinitions.hash;
import static org.openluna.shared.tables.TableDefinitions.range;

import java.util.ArrayList;
import java.util.Arrays;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * The events table (ADR 0013): partition {@code account_id}, sort {@code event_id}, so a read by id names
 * the account and the table itself serves id order. Global indexes, as an account's events grow past a
 * local index's 10 GB: {@code by_create_time} (the account, {@code create_key}) carries every attribute,
 * as most listings read it; each {@link EventIndex} carries only keys, and its events are then read from
 * the table by key, so a sparse lookup index does not store each event again.
 */
final class EventsTableDefinition {
    static final String KEY = "account_id";
    static final String SORT_KEY = "event_id";
    static final String BY_CREATE_TIME = "by_create_time";

    private EventsTableDefinition() {}

    static CreateTableRequest of(TableNames names) {
        var attributes = new ArrayList<AttributeDefinition>();
        attributes.add(attribute(KEY));
        attributes.add(attribute(SORT_KEY));
        attributes.add(attribute(TableDefinitions.CREATE_KEY));
        Arrays.stream(EventIndex.values()).forEach(index -> attributes.add(attribute(index.keyAttribute())));
        var indexes = new ArrayList<GlobalSecondaryIndex>();
        indexes.add(GlobalSecondaryIndex.builder()
                .indexName(BY_CREATE_TIME)
                .keySchema(hash(KEY), range(TableDefinitions.CREATE_KEY))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build());
        for (var index : EventIndex.values()) {
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.indexName())
                    .keySchema(hash(index.keyAttribute()), range(TableDefinitions.CREATE_KEY))
                    .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                    .build());
        }
        return CreateTableRequest.builder()
                .tableName(names.events())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes)
                .keySchema(hash(KEY), range(SORT_KEY))
                .globalSecondaryIndexes(indexes)
                .build();
    }
}
