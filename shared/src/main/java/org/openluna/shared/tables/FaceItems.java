package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.FaceAttributeRecord;
import org.openluna.shared.faces.FaceFields;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A face as a DynamoDB item. The keys of the lookup indexes ({@code external_key}, {@code event_key})
 * are written only when the face has that field, so those indexes hold only the faces they can find.
 * {@code lists} is a string set, absent when empty (DynamoDB keeps no empty sets).
 */
final class FaceItems {
    static final String ATTRIBUTE_TIME = "attribute_create_time";
    /** The attributes a listing reads from the table itself; the face indexes project the same. */
    static final List<String> LISTING;

    static {
        var names = new ArrayList<String>(List.of(TableDefinitions.FACES_KEY, TableDefinitions.FACES_SORT_KEY));
        names.addAll(TableDefinitions.FACE_LISTING);
        LISTING = List.copyOf(names);
    }

    private FaceItems() {}

    static Map<String, AttributeValue> key(UUID account, UUID faceId) {
        return Map.of(TableDefinitions.FACES_KEY, s(account), TableDefinitions.FACES_SORT_KEY, s(faceId));
    }

    /** The whole item of a new face, in the given lists (a face in many lists joins them in steps). */
    static Map<String, AttributeValue> item(Face face, FaceAttributeRecord attribute, Collection<UUID> lists) {
        var item = new HashMap<>(key(face.accountId(), face.faceId()));
        item.put("create_time", Items.time(face.createTime()));
        item.put(TableDefinitions.CREATE_KEY, s(face.createKey()));
        item.put("version", Items.n(face.version()));
        item.putAll(fields(face.accountId(), face.fields()));
        if (!lists.isEmpty()) {
            item.put("lists", listSet(lists));
        }
        if (attribute != null) {
            item.putAll(attribute(attribute));
        }
        return item;
    }

    /** The item attributes of the client's fields; an empty external id or no event leaves its index key out. */
    static Map<String, AttributeValue> fields(UUID account, FaceFields fields) {
        var item = new HashMap<String, AttributeValue>();
        item.put("user_data", s(fields.userData()));
        item.put("avatar", s(fields.avatar()));
        item.put("external_id", s(fields.externalId()));
        if (!fields.externalId().isEmpty()) {
            item.put(TableDefinitions.EXTERNAL_KEY, s(externalKey(account, fields.externalId())));
        }
        if (fields.eventId() != null) {
            item.put("event_id", s(fields.eventId()));
            item.put(TableDefinitions.EVENT_KEY, s(eventKey(account, fields.eventId())));
        }
        return item;
    }

    static Map<String, AttributeValue> attribute(FaceAttributeRecord attribute) {
        var item = new HashMap<>(AttributeItems.of(attribute.attribute()));
        item.put(ATTRIBUTE_TIME, Items.time(attribute.createTime()));
        return item;
    }

    /** An account id has a fixed length, so the slash after it cannot be confused with one inside the external id. */
    static String externalKey(UUID account, String externalId) {
        return account + "/" + externalId;
    }

    static String eventKey(UUID account, UUID eventId) {
        return account + "/" + eventId;
    }

    static AttributeValue listSet(Collection<UUID> lists) {
        return AttributeValue.fromSs(lists.stream().map(UUID::toString).toList());
    }

    static Face face(Map<String, AttributeValue> item) {
        var eventId = Items.optionalString(item, "event_id").map(UUID::fromString).orElse(null);
        var fields = new FaceFields(Items.optionalString(item, "external_id").orElse(""),
                Items.string(item, "user_data"), Items.string(item, "avatar"), eventId);
        var lists = item.containsKey("lists") ? item.get("lists").ss().stream().map(UUID::fromString).toList() : List.<UUID>of();
        return new Face(
                Items.uuid(item, TableDefinitions.FACES_SORT_KEY),
                Items.uuid(item, TableDefinitions.FACES_KEY),
                Items.instant(item, "create_time"),
                fields,
                lists,
                item.containsKey(ATTRIBUTE_TIME),
                Long.parseLong(item.get("version").n()));
    }

    /** The face's attribute, when the item holds one. */
    static FaceAttributeRecord attribute(Map<String, AttributeValue> item) {
        if (!item.containsKey(ATTRIBUTE_TIME)) {
            return null;
        }
        return new FaceAttributeRecord(AttributeItems.from(item), Items.instant(item, ATTRIBUTE_TIME));
    }
}
