package org.openluna.shared.tables;

import java.util.Optional;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.faces.CreateKeys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Key conditions of a query: one partition, and a sort key range with the lower end included and the upper excluded. */
final class KeyConditions {
    private KeyConditions() {}

    /** One partition's items created within the time range, by their {@code create_key}. */
    static Optional<String> createTime(Expressions e, String partitionKey, AttributeValue partition, TimeRange createTime) {
        return range(e, partitionKey, partition, TableDefinitions.CREATE_KEY,
                createTime.gte() == null ? null : CreateKeys.bound(createTime.gte()),
                createTime.lt() == null ? null : CreateKeys.bound(createTime.lt()));
    }

    /** One partition's items within the id range of their sort key. */
    static Optional<String> ids(Expressions e, String partitionKey, AttributeValue partition, String sortKey, IdRange ids) {
        return range(e, partitionKey, partition, sortKey, ids.gte() == null ? null : ids.gte().toString(),
                ids.lt() == null ? null : ids.lt().toString());
    }

    /**
     * The condition, or empty when no key can fall in the range. With both ends DynamoDB offers only
     * BETWEEN, which includes the upper end too; our time bounds never equal a stored key (those end
     * in {@code #<id>}), and id ranges are filtered again by the caller.
     *
     * @param gte the lowest sort key, null for none
     * @param lt the sort key above the range, null for none
     */
    static Optional<String> range(Expressions e, String partitionKey, AttributeValue partition, String sortKey, String gte, String lt) {
        var condition = e.name(partitionKey) + " = " + e.value(partition);
        if (gte != null && lt != null) {
            if (gte.compareTo(lt) >= 0) {
                return Optional.empty();
            }
            return Optional.of(condition + " AND " + e.name(sortKey) + " BETWEEN " + e.value(AttributeValue.fromS(gte))
                    + " AND " + e.value(AttributeValue.fromS(lt)));
        }
        if (gte != null) {
            return Optional.of(condition + " AND " + e.name(sortKey) + " >= " + e.value(AttributeValue.fromS(gte)));
        }
        if (lt != null) {
            return Optional.of(condition + " AND " + e.name(sortKey) + " < " + e.value(AttributeValue.fromS(lt)));
        }
        return Optional.of(condition);
    }
}
