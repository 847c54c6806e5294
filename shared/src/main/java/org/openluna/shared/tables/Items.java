package org.openluna.shared.tables;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.api.Times;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reading and writing the attribute values of our items: strings, numbers, times as RFC 3339 text. */
final class Items {
    private Items() {}

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue s(UUID value) {
        return AttributeValue.fromS(value.toString());
    }

    /** Fixed-width UTC text, so that times sort as strings in range keys. */
    static AttributeValue time(Instant value) {
        return AttributeValue.fromS(Times.format(value));
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    static String string(Map<String, AttributeValue> item, String name) {
        var value = item.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalStateException("item has no string attribute " + name);
        }
        return value.s();
    }

    static Optional<String> optionalString(Map<String, AttributeValue> item, String name) {
        return Optional.ofNullable(item.get(name)).map(AttributeValue::s);
    }

    static UUID uuid(Map<String, AttributeValue> item, String name) {
        return UUID.fromString(string(item, name));
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        return Instant.parse(string(item, name));
    }
}
