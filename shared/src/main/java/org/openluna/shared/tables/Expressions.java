package org.openluna.shared.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The parts of one DynamoDB expression request: update clauses, a condition, a projection, with every
 * attribute name and value behind a placeholder. Placeholders spare us DynamoDB's list of several
 * hundred reserved words ({@code name}, {@code count}, ...), which a plain name may run into.
 */
final class Expressions {
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();
    private final List<String> sets = new ArrayList<>();
    private final List<String> removes = new ArrayList<>();
    private final List<String> adds = new ArrayList<>();
    private final List<String> deletes = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();

    /** The placeholder of an attribute name. */
    String name(String attribute) {
        var placeholder = "#" + attribute.replaceAll("[^A-Za-z0-9_]", "_");
        names.put(placeholder, attribute);
        return placeholder;
    }

    /** The placeholder of a value. */
    String value(AttributeValue value) {
        var placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    Expressions set(String attribute, AttributeValue value) {
        sets.add(name(attribute) + " = " + value(value));
        return this;
    }

    Expressions setAll(Map<String, AttributeValue> attributes) {
        attributes.forEach(this::set);
        return this;
    }

    Expressions remove(String attribute) {
        removes.add(name(attribute));
        return this;
    }

    /** Adds a number to a number attribute, or elements to a set. */
    Expressions add(String attribute, AttributeValue value) {
        adds.add(name(attribute) + " " + value(value));
        return this;
    }

    /** Removes elements from a set; DynamoDB drops the attribute when its set empties. */
    Expressions delete(String attribute, AttributeValue elements) {
        deletes.add(name(attribute) + " " + value(elements));
        return this;
    }

    Expressions exists(String attribute) {
        conditions.add("attribute_exists(" + name(attribute) + ")");
        return this;
    }

    Expressions absent(String attribute) {
        conditions.add("attribute_not_exists(" + name(attribute) + ")");
        return this;
    }

    /** A condition comparing an attribute with a value, e.g. {@code compare("version", "=", n(3))}. */
    Expressions compare(String attribute, String operator, AttributeValue value) {
        conditions.add(name(attribute) + " " + operator + " " + value(value));
        return this;
    }

    String update() {
        var clauses = new ArrayList<String>();
        if (!sets.isEmpty()) {
            clauses.add("SET " + String.join(", ", sets));
        }
        if (!removes.isEmpty()) {
            clauses.add("REMOVE " + String.join(", ", removes));
        }
        if (!adds.isEmpty()) {
            clauses.add("ADD " + String.join(", ", adds));
        }
        if (!deletes.isEmpty()) {
            clauses.add("DELETE " + String.join(", ", deletes));
        }
        return String.join(" ", clauses);
    }

    /** The condition, or null when there is none (the SDK leaves a null field out). */
    String condition() {
        return conditions.isEmpty() ? null : String.join(" AND ", conditions);
    }

    String projection(List<String> attributes) {
        return attributes.stream().map(this::name).collect(Collectors.joining(", "));
    }

    /** The names, or null when there are none: DynamoDB refuses an empty map. */
    Map<String, String> names() {
        return names.isEmpty() ? null : Map.copyOf(names);
    }

    /** The values, or null when there are none: DynamoDB refuses an empty map. */
    Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : Map.copyOf(values);
    }
}
