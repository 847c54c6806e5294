package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.FaceAttributeRecord;
import org.openluna.shared.faces.FacePatch;
import org.openluna.shared.faces.MatchableFace;
import org.openluna.shared.faces.StoredFace;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Faces in DynamoDB, partitioned by account: every read and write names the account, so no request
 * of one account reaches another's face. Listings come newest first (ADR 0009) from the table itself
 * (id order) or from a face index (time order, external id, event); reads of the table are consistent,
 * reads of an index are not, as DynamoDB allows. Writes that involve lists are in {@link FaceLinks}.
 */
public final class FacesTable {
    private final DynamoDbClient dynamo;
    private final String table;

    public FacesTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.faces();
    }

    /** The face without its attribute. */
    public Optional<Face> get(UUID account, UUID faceId) {
        var e = new Expressions();
        var projection = e.projection(FaceItems.LISTING);
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(FaceItems.key(account, faceId))
                .projectionExpression(projection).expressionAttributeNames(e.names())).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(FaceItems.face(item));
    }

    public Optional<StoredFace> getWithAttribute(UUID account, UUID faceId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(FaceItems.key(account, faceId))).item();
        return item == null || item.isEmpty() ? Optional.empty()
                : Optional.of(new StoredFace(FaceItems.face(item), FaceItems.attribute(item)));
    }

    /** The account's faces among these ids, without attributes, in no particular order; ids must not repeat. */
    public List<Face> getAll(UUID account, Collection<UUID> faceIds) {
        var e = new Expressions();
        var projection = e.projection(FaceItems.LISTING);
        var keys = faceIds.stream().map(id -> FaceItems.key(account, id)).toList();
        return Batches.get(dynamo, table, keys, projection, e.names()).stream().map(FaceItems::face).toList();
    }

    /** The faces of these ids with their attributes, read consistently, in no particular order; ids must not repeat. */
    public List<StoredFace> getAllWithAttributes(UUID account, Collection<UUID> faceIds) {
        var keys = faceIds.stream().map(id -> FaceItems.key(account, id)).toList();
        return Batches.get(dynamo, table, keys, null, Map.of()).stream()
                .map(item -> new StoredFace(FaceItems.face(item), FaceItems.attribute(item))).toList();
    }

    /**
     * One segment of a scan of every account's faces that hold a descriptor, read consistently (a
     * write answered before the scan began is in it) and lazily, page by page: the matcher's load.
     */
    public Stream<MatchableFace> matchableFaces(int segment, int segments) {
        var e = new Expressions();
        var projection = e.projection(FaceImages.MATCHABLE);
        var filter = "attribute_exists(" + e.name(AttributeItems.DESCRIPTOR) + ")";
        var request = ScanRequest.builder().tableName(table).consistentRead(true).segment(segment).totalSegments(segments)
                .projectionExpression(projection).filterExpression(filter).expressionAttributeNames(e.names()).build();
        return dynamo.scanPaginator(request).items().stream().flatMap(item -> FaceImages.matchable(item).stream());
    }

    /** The ARN of the table's stream, whose records carry each face's old and new image (ADR 0009). */
    public String streamArn() {
        var arn = dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        if (arn == null) {
            throw new IllegalStateException("table " + table + " has no stream");
        }
        return arn;
    }

    /** Newest first, within the creation time range. */
    public Stream<Face> inTimeOrder(UUID account, TimeRange createTime, int pageSize) {
        return inIndex(TableDefinitions.BY_CREATE_TIME, TableDefinitions.FACES_KEY, s(account), createTime, pageSize);
    }

    public Stream<Face> withExternalId(UUID account, String externalId, TimeRange createTime, int pageSize) {
        return inIndex(TableDefinitions.BY_EXTERNAL_ID, TableDefinitions.EXTERNAL_KEY,
                s(FaceItems.externalKey(account, externalId)), createTime, pageSize);
    }

    public Stream<Face> withEvent(UUID account, UUID eventId, TimeRange createTime, int pageSize) {
        return inIndex(TableDefinitions.BY_EVENT_ID, TableDefinitions.EVENT_KEY,
                s(FaceItems.eventKey(account, eventId)), createTime, pageSize);
    }

    /**
     * Highest id first, within the id range. The key condition includes the upper bound (DynamoDB's
     * BETWEEN includes both ends), so a face whose id is that bound comes back too: the caller's filter
     * leaves it out.
     */
    public Stream<Face> inIdOrder(UUID account, IdRange ids, int pageSize) {
        var e = new Expressions();
        var condition = KeyConditions.ids(e, TableDefinitions.FACES_KEY, s(account), TableDefinitions.FACES_SORT_KEY, ids);
        if (condition.isEmpty()) {
            return Stream.empty();
        }
        var request = QueryRequest.builder().tableName(table).consistentRead(true).scanIndexForward(false).limit(pageSize)
                .keyConditionExpression(condition.get()).projectionExpression(e.projection(FaceItems.LISTING))
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build();
        return dynamo.queryPaginator(request).items().stream().map(FaceItems::face);
    }

    private Stream<Face> inIndex(String index, String partitionKey, AttributeValue partition, TimeRange createTime, int pageSize) {
        var e = new Expressions();
        var condition = KeyConditions.createTime(e, partitionKey, partition, createTime);
        if (condition.isEmpty()) {
            return Stream.empty();
        }
        var request = QueryRequest.builder().tableName(table).indexName(index).scanIndexForward(false).limit(pageSize)
                .keyConditionExpression(condition.get())
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build();
        return dynamo.queryPaginator(request).items().stream().map(FaceItems::face);
    }

    /** Changes the fields the patch gives; false when the account has no such face. */
    public boolean update(UUID account, UUID faceId, FacePatch patch) {
        var e = new Expressions();
        if (patch.userData() != null) {
            e.set("user_data", s(patch.userData()));
        }
        if (patch.avatar() != null) {
            e.set("avatar", s(patch.avatar()));
        }
        if (patch.externalId() != null) {
            e.set("external_id", s(patch.externalId()));
            if (patch.externalId().isEmpty()) {
                e.remove(TableDefinitions.EXTERNAL_KEY);
            } else {
                e.set(TableDefinitions.EXTERNAL_KEY, s(FaceItems.externalKey(account, patch.externalId())));
            }
        }
        if (patch.setsEventId() && patch.eventId() == null) {
            e.remove("event_id").remove(TableDefinitions.EVENT_KEY);
        } else if (patch.setsEventId()) {
            e.set("event_id", s(patch.eventId())).set(TableDefinitions.EVENT_KEY, s(FaceItems.eventKey(account, patch.eventId())));
        }
        return updateExisting(account, faceId, e.add("version", Items.n(1)).exists(TableDefinitions.FACES_SORT_KEY));
    }

    /** Replaces the face's attribute; false when the account has no such face. */
    public boolean setAttribute(UUID account, UUID faceId, FaceAttributeRecord attribute) {
        var e = new Expressions();
        var parts = FaceItems.attribute(attribute);
        e.setAll(parts);
        // a part the new attribute lacks must not survive from the old one
        AttributeItems.NAMES.stream().filter(name -> !parts.containsKey(name)).forEach(e::remove);
        return updateExisting(account, faceId, e.add("version", Items.n(1)).exists(TableDefinitions.FACES_SORT_KEY));
    }

    /** Removes the face's attribute; false when the account has no such face or the face has no attribute. */
    public boolean removeAttribute(UUID account, UUID faceId) {
        var e = new Expressions();
        AttributeItems.NAMES.forEach(e::remove);
        e.remove(FaceItems.ATTRIBUTE_TIME);
        return updateExisting(account, faceId, e.add("version", Items.n(1)).exists(FaceItems.ATTRIBUTE_TIME));
    }

    /** How many of the account's faces were created within the range, counted in the time index without reading them out. */
    public long count(UUID account, TimeRange createTime) {
        var e = new Expressions();
        var condition = KeyConditions.createTime(e, TableDefinitions.FACES_KEY, s(account), createTime);
        if (condition.isEmpty()) {
            return 0;
        }
        var request = QueryRequest.builder().tableName(table).indexName(TableDefinitions.BY_CREATE_TIME).select(Select.COUNT)
                .keyConditionExpression(condition.get()).expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build();
        return dynamo.queryPaginator(request).stream().mapToLong(page -> page.count()).sum();
    }

    /** How many of the account's faces hold an attribute, counted in the time index without reading them out. */
    public long countWithAttribute(UUID account) {
        var e = new Expressions();
        var condition = e.name(TableDefinitions.FACES_KEY) + " = " + e.value(s(account));
        var filter = "attribute_exists(" + e.name(FaceItems.ATTRIBUTE_TIME) + ")";
        var request = QueryRequest.builder().tableName(table).indexName(TableDefinitions.BY_CREATE_TIME).select(Select.COUNT)
                .keyConditionExpression(condition).filterExpression(filter)
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build();
        return dynamo.queryPaginator(request).stream().mapToLong(page -> page.count()).sum();
    }

    private boolean updateExisting(UUID account, UUID faceId, Expressions e) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(FaceItems.key(account, faceId))
                    .updateExpression(e.update()).conditionExpression(e.condition())
                    .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()));
            return true;
        } catch (ConditionalCheckFailedException ex) {
            return false;
        }
    }
}
