package org.openluna.shared.subscriptions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import org.openluna.shared.api.NumberFields;

/**
 * What filters read from a subscriber's message ({@code {event, handler_id, ...}}). Each reader answers
 * empty when the event does not carry the field, so a filter on it excludes the event.
 *
 * <p>A handler that aggregates writes one estimation for all its detections under
 * {@code aggregate_estimations}; otherwise an event holds one detection. Face and body estimations are
 * read from the aggregate when there is one, else from the first detection that has them.
 */
final class EventFields {
    private EventFields() {}

    static Set<String> handlerId(JsonNode message) {
        return text(message.get("handler_id"));
    }

    static Set<String> source(JsonNode message) {
        return text(event(message).get("source"));
    }

    static Set<String> streamId(JsonNode message) {
        return text(event(message).get("stream_id"));
    }

    static Set<String> tags(JsonNode message) {
        var tags = new LinkedHashSet<String>();
        var given = event(message).get("tags");
        if (given != null && given.isArray()) {
            given.forEach(tag -> tags.addAll(text(tag)));
        }
        return tags;
    }

    static Optional<String> userData(JsonNode message) {
        var value = event(message).get("user_data");
        return value != null && value.isString() ? Optional.of(value.asString()) : Optional.empty();
    }

    /** A field of {@code location}: city, area, district, street, house_number. */
    static Set<String> location(JsonNode message, String field) {
        return text(event(message).at("/location/" + field));
    }

    static Optional<GeoPoint> geoPosition(JsonNode message) {
        var geo = event(message).at("/location/geo_position");
        var longitude = geo.get("longitude");
        var latitude = geo.get("latitude");
        var lon = NumberFields.finite(longitude);
        var lat = NumberFields.finite(latitude);
        if (lon.isEmpty() || lat.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(lon.getAsDouble(), lat.getAsDouble()));
    }

    record GeoPoint(double longitude, double latitude) {}

    /** Labels of the matching policies that found at least one candidate. */
    static Set<String> labelsWithCandidates(JsonNode message) {
        var labels = new LinkedHashSet<String>();
        for (var match : iterable(event(message).get("matches"))) {
            var candidates = match.get("candidates");
            if (candidates != null && candidates.isArray() && !candidates.isEmpty()) {
                labels.addAll(text(match.get("label")));
            }
        }
        return labels;
    }

    /** The similarity of the top matching candidate, over every matching policy of the event. */
    static OptionalDouble topSimilarity(JsonNode message) {
        var top = OptionalDouble.empty();
        for (var match : iterable(event(message).get("matches"))) {
            for (var candidate : iterable(match.get("candidates"))) {
                var similarity = candidate.get("similarity");
                var read = NumberFields.finite(similarity);
                if (read.isPresent() && (top.isEmpty() || read.getAsDouble() > top.getAsDouble())) {
                    top = read;
                }
            }
        }
        return top;
    }

    static OptionalDouble age(JsonNode message) {
        return number(event(message).at("/face_attributes/basic_attributes/age"));
    }

    static Set<Integer> gender(JsonNode message) {
        return integer(event(message).at("/face_attributes/basic_attributes/gender"));
    }

    static Set<Integer> ethnicGroup(JsonNode message) {
        return coded(event(message).at("/face_attributes/basic_attributes/ethnicities/predominant_ethnicity"),
                AttributeCodes.ETHNIC_GROUPS);
    }

    static Set<Integer> emotion(JsonNode message) {
        return coded(faceAttribute(message, "emotions").get("predominant_emotion"), AttributeCodes.EMOTIONS);
    }

    static Set<Integer> mask(JsonNode message) {
        return coded(faceAttribute(message, "mask").get("predominant_mask"), AttributeCodes.MASKS);
    }

    static Set<Integer> liveness(JsonNode message) {
        return coded(faceAttribute(message, "liveness").get("prediction"), AttributeCodes.LIVENESS);
    }

    static Set<Integer> deepfake(JsonNode message) {
        return coded(faceAttribute(message, "deepfake").get("prediction"), AttributeCodes.DEEPFAKE);
    }

    static Set<Integer> apparentGender(JsonNode message) {
        return integer(bodyAttribute(message, "basic_attributes").get("apparent_gender"));
    }

    static OptionalDouble apparentAge(JsonNode message) {
        return number(bodyAttribute(message, "basic_attributes").get("apparent_age"));
    }

    static Set<Integer> headwearState(JsonNode message) {
        return integer(bodyAttribute(message, "upper_body").at("/headwear/state"));
    }

    static Set<String> headwearColor(JsonNode message) {
        return text(bodyAttribute(message, "upper_body").at("/headwear/apparent_color"));
    }

    static Set<String> sleeveLength(JsonNode message) {
        return text(bodyAttribute(message, "upper_body").at("/sleeve/length"));
    }

    static Set<String> upperClothingColors(JsonNode message) {
        return texts(bodyAttribute(message, "upper_body").at("/upper_clothing/colors"));
    }

    static Set<String> lowerGarmentColors(JsonNode message) {
        return texts(bodyAttribute(message, "lower_body").at("/lower_garment/colors"));
    }

    static Set<String> lowerGarmentType(JsonNode message) {
        return text(bodyAttribute(message, "lower_body").at("/lower_garment/type"));
    }

    static Set<String> shoesColor(JsonNode message) {
        return text(bodyAttribute(message, "lower_body").at("/shoes/apparent_color"));
    }

    static Set<Integer> backpackState(JsonNode message) {
        return integer(bodyAttribute(message, "accessories").at("/backpack/state"));
    }

    private static JsonNode event(JsonNode message) {
        return message.path("event");
    }

    private static JsonNode faceAttribute(JsonNode message, String name) {
        return estimation(message, "face", name);
    }

    private static JsonNode bodyAttribute(JsonNode message, String name) {
        return estimation(message, "body", name);
    }

    /** The aggregate's estimation when there is one, else the first detection's; a missing node otherwise. */
    private static JsonNode estimation(JsonNode message, String part, String name) {
        var event = event(message);
        var aggregate = event.at("/aggregate_estimations/" + part + "/attributes/" + name);
        if (aggregate.isObject()) {
            return aggregate;
        }
        for (var detection : iterable(event.get("detections"))) {
            var found = detection.at("/samples/" + part + "/detection/attributes/" + name);
            if (found.isObject()) {
                return found;
            }
        }
        return aggregate;
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array != null && array.isArray() ? array : List.of();
    }

    private static Set<String> text(JsonNode node) {
        return node != null && node.isString() ? Set.of(node.asString()) : Set.of();
    }

    private static Set<String> texts(JsonNode array) {
        var values = new LinkedHashSet<String>();
        iterable(array).forEach(item -> values.addAll(text(item)));
        return values;
    }

    private static Set<Integer> integer(JsonNode node) {
        var read = NumberFields.integral(node);
        return read.isPresent() && read.getAsLong() == (int) read.getAsLong() ? Set.of((int) read.getAsLong()) : Set.of();
    }

    private static OptionalDouble number(JsonNode node) {
        return NumberFields.finite(node);
    }

    private static Set<Integer> coded(JsonNode node, Map<String, Integer> codes) {
        return text(node).stream().flatMap(name -> AttributeCodes.code(codes, name).stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
