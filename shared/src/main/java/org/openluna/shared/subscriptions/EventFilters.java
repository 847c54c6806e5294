package org.openluna.shared.subscriptions;

import static org.openluna.shared.api.QueryParams.bad;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openluna.shared.api.QueryParams;
import tools.jackson.databind.JsonNode;

/**
 * Reads a subscriber's filters from its query: every filter of the Sender (S1:14-35) and the ones the
 * API's {@code /6/ws} adds (l.13738-13775), since that route hands its query on to the Sender. Lists
 * are comma separated (a repeated parameter adds to them) and mean "one of"; {@code tags} means
 * "all of". A bad value is 12012 "Bad query parameters '<name>'". Parameters that are no filter are
 * left alone, as the other routes leave them.
 */
public final class EventFilters {
    /** Seed: "Each tag can be at most 36 characters". */
    static final int MAX_TAG_LENGTH = 36;
    static final double DEFAULT_GEO_DELTA = 0.01;

    private static final Set<String> HEADWEAR_COLORS = Set.of("undefined", "black", "white", "other");
    private static final Set<String> SLEEVE_LENGTHS = Set.of("short", "long", "undefined");
    private static final Set<String> CLOTHING_COLORS = Set.of("undefined", "black", "blue", "green", "gray", "orange",
            "purple", "red", "white", "yellow", "pink", "brown", "beige", "khaki", "multicolored");
    private static final Set<String> LOWER_GARMENT_TYPES = Set.of("undefined", "trousers", "shorts", "skirt");
    private static final Set<String> SHOES_COLORS = Set.of("undefined", "black", "white", "other");

    private EventFilters() {}

    public static EventFilter parse(QueryParams query) {
        var conditions = new ArrayList<EventCondition>();
        var reader = new Reader(query, conditions);
        reader.strings("sources", EventFields::source);
        reader.ids("stream_ids", EventFields::streamId);
        reader.ids("handler_ids", EventFields::handlerId);
        reader.strings("matching_candidates_labels", EventFields::labelsWithCandidates);
        reader.range("object_similarity", EventFields::topSimilarity, false, 0, 1);
        reader.range("age", EventFields::age, true, 0, Integer.MAX_VALUE);
        query.oneOf("gender", Set.of(0, 1)).ifPresent(gender ->
                conditions.add(new EventCondition.OneOf<>("gender", EventFields::gender, Set.of(gender))));
        reader.codes("ethnic_groups", EventFields::ethnicGroup, AttributeCodes.ETHNIC_GROUPS.values());
        reader.codes("liveness", EventFields::liveness, AttributeCodes.LIVENESS.values());
        reader.codes("deepfake", EventFields::deepfake, AttributeCodes.DEEPFAKE.values());
        reader.codes("masks", EventFields::mask, AttributeCodes.MASKS.values());
        reader.codes("emotions", EventFields::emotion, AttributeCodes.EMOTIONS.values());
        reader.tags();
        query.string("user_data").ifPresent(part ->
                conditions.add(new EventCondition.Contains("user_data", EventFields::userData, part)));
        query.string("geo_position").ifPresent(raw -> conditions.add(GeoPositionFilter.parse(raw)));
        reader.strings("cities", m -> EventFields.location(m, "city"));
        reader.strings("areas", m -> EventFields.location(m, "area"));
        reader.strings("districts", m -> EventFields.location(m, "district"));
        reader.strings("streets", m -> EventFields.location(m, "street"));
        reader.strings("house_numbers", m -> EventFields.location(m, "house_number"));
        reader.codes("apparent_gender", EventFields::apparentGender, Set.of(0, 1, 2));
        reader.range("apparent_age", EventFields::apparentAge, true, 0, 100);
        reader.codes("headwear_states", EventFields::headwearState, Set.of(0, 1, 2));
        reader.words("headwear_apparent_colors", EventFields::headwearColor, HEADWEAR_COLORS);
        reader.words("sleeve_lengths", EventFields::sleeveLength, SLEEVE_LENGTHS);
        reader.words("upper_clothing_colors", EventFields::upperClothingColors, CLOTHING_COLORS);
        reader.words("lower_garment_colors", EventFields::lowerGarmentColors, CLOTHING_COLORS);
        reader.words("lower_garment_types", EventFields::lowerGarmentType, LOWER_GARMENT_TYPES);
        reader.words("shoes_apparent_colors", EventFields::shoesColor, SHOES_COLORS);
        reader.codes("backpack_states", EventFields::backpackState, Set.of(0, 1, 2));
        return new EventFilter(conditions);
    }

    private record Reader(QueryParams query, List<EventCondition> conditions) {

        void strings(String name, Function<JsonNode, Set<String>> field) {
            items(name).ifPresent(items -> conditions.add(new EventCondition.OneOf<>(name, field, items)));
        }

        void words(String name, Function<JsonNode, Set<String>> field, Set<String> allowed) {
            items(name).ifPresent(items -> {
                if (!allowed.containsAll(items)) {
                    throw bad(name);
                }
                conditions.add(new EventCondition.OneOf<>(name, field, items));
            });
        }

        void ids(String name, Function<JsonNode, Set<String>> field) {
            query.uuids(name).ifPresent(ids -> conditions.add(new EventCondition.OneOf<>(name, field,
                    ids.stream().map(UUID::toString).collect(Collectors.toSet()))));
        }

        void codes(String name, Function<JsonNode, Set<Integer>> field, Collection<Integer> allowed) {
            query.integers(name, Set.copyOf(allowed)).ifPresent(codes ->
                    conditions.add(new EventCondition.OneOf<>(name, field, Set.copyOf(codes))));
        }

        void tags() {
            items("tags").ifPresent(tags -> {
                if (tags.stream().anyMatch(tag -> tag.length() > MAX_TAG_LENGTH)) {
                    throw bad("tags");
                }
                conditions.add(new EventCondition.AllOf("tags", EventFields::tags, tags));
            });
        }

        /** {@code <base>__gte} and {@code <base>__lt}, as one condition. */
        void range(String base, Function<JsonNode, OptionalDouble> field, boolean integers, double min, double max) {
            var atLeast = bound(base + "__gte", integers, min, max);
            var below = bound(base + "__lt", integers, min, max);
            if (atLeast != null || below != null) {
                conditions.add(new EventCondition.Range(base, field, atLeast, below));
            }
        }

        private Double bound(String name, boolean integers, double min, double max) {
            if (query.string(name).isEmpty()) {
                return null;
            }
            return integers ? (double) query.integer(name, 0, (int) min, (int) max) : query.number(name, 0, min, max);
        }

        /** The items of a list parameter, comma separated or repeated; an empty item is refused. */
        private Optional<Set<String>> items(String name) {
            var given = query.asMap().get(name);
            if (given == null || given.isEmpty()) {
                return Optional.empty();
            }
            var items = new LinkedHashSet<String>();
            for (var raw : given) {
                for (var item : raw.split(",", -1)) {
                    if (item.isEmpty()) {
                        throw bad(name);
                    }
                    items.add(item);
                }
            }
            return Optional.of(items);
        }
    }
}
