package org.openluna.shared.api;

import java.util.UUID;

/**
 * A {@code <field>__gte} / {@code <field>__lt} pair of id filters: lower bound included, upper
 * excluded. Ids compare as the API writes them, lower-case text, which is also DynamoDB's order.
 *
 * @param gte the lower bound, null when the client gave none
 * @param lt the upper bound, null when the client gave none
 */
public record IdRange(UUID gte, UUID lt) {
    public static IdRange from(QueryParams query, String field) {
        return new IdRange(query.uuid(field + "__gte").orElse(null), query.uuid(field + "__lt").orElse(null));
    }

    public static IdRange any() {
        return new IdRange(null, null);
    }

    public boolean isBounded() {
        return gte != null || lt != null;
    }

    public boolean contains(UUID id) {
        var text = id.toString();
        return (gte == null || text.compareTo(gte.toString()) >= 0) && (lt == null || text.compareTo(lt.toString()) < 0);
    }
}
