package org.openluna.shared.subscriptions;

import java.util.List;

/**
 * A filter as the served documents describe it. {@link #ALL} lists every query parameter
 * {@link EventFilters} reads, with the seed's examples; a test parses each example.
 *
 * @param senderSeed whether the Sender seed lists it (S1:14-35); the others are the API's /6/ws additions
 */
public record FilterParameter(String name, String example, String description, boolean senderSeed) {
    public static final List<FilterParameter> ALL = List.of(
            sender("sources", "cam1,cam2", "Comma-separated list of sources. Each event will contain one of the given sources."),
            sender("matching_candidates_labels", "matching_label",
                    "Matching candidates labels. Each event will have a candidate under one or more of the given labels."),
            sender("object_similarity__gte", "0.5", "Top matching candidate similarity, lower included bound."),
            sender("object_similarity__lt", "0.5", "Top matching candidate similarity, upper excluded bound."),
            sender("age__lt", "50", "Age upper excluded bound."),
            sender("age__gte", "50", "Age lower included bound."),
            sender("gender", "1", "Gender. 1 - male, 0 - female."),
            sender("ethnic_groups", "1,2",
                    "Comma-separated list of dominant ethnic groups: 1 african_american, 2 asian, 3 caucasian, 4 indian."),
            sender("liveness", "0,2", "Comma-separated list of liveness predictions: 0 spoof, 1 real, 2 unknown."),
            sender("masks", "1,2,3", "Comma-separated list of predominant masks: 1 medical_mask, 2 missing, 3 occluded."),
            sender("emotions", "1,2,3", "Comma-separated list of predominant emotions: 1 anger, 2 disgust, 3 fear, "
                    + "4 happiness, 5 neutral, 6 sadness, 7 surprise."),
            sender("tags", "tag_1,tag_2", "Comma-separated list of tags, each at most 36 characters. Each event will contain all of them."),
            sender("cities", "moscow,New-York", "Comma-separated list of cities. Each event will contain one of them in its location."),
            sender("areas", "CAO,central park", "Comma-separated list of areas. Each event will contain one of them in its location."),
            sender("districts", "mitino,central park", "Comma-separated list of districts. Each event will contain one of them in its location."),
            sender("streets", "arbat,schepkina", "Comma-separated list of streets. Each event will contain one of them in its location."),
            sender("house_numbers", "1,1/2str3", "Comma-separated list of house numbers. Each event will contain one of them in its location."),
            sender("handler_ids", "8950722f-3fd4-4223-b48f-03f95f0e8dfb,346a5645-ec89-4806-820a-dbcb6e0dc381",
                    "Comma-separated list of handler ids."),
            api("stream_ids", "8950722f-3fd4-4223-b48f-03f95f0e8dfb", "Comma-separated list of stream ids."),
            api("deepfake", "0,1", "Comma-separated list of deepfake predictions: 0 fake, 1 real."),
            api("user_data", "user_data_text", "A part of the event's user data, case-sensitive."),
            api("geo_position", "origin_longitude,36.616,origin_latitude,55.752",
                    "Geo bounding box: origin_longitude, origin_latitude and optionally longitude_delta, latitude_delta (0-90, default 0.01)."),
            api("apparent_gender", "1", "Comma-separated list of apparent genders of the body: 0 female, 1 male, 2 undefined."),
            api("apparent_age__gte", "50", "Apparent age of the body, lower included bound (0-100)."),
            api("apparent_age__lt", "50", "Apparent age of the body, upper excluded bound (0-100)."),
            api("headwear_states", "1", "Comma-separated list of headwear states: 0 absent, 1 present, 2 undefined."),
            api("headwear_apparent_colors", "white,undefined", "Comma-separated list of headwear colors: undefined, black, white, other."),
            api("sleeve_lengths", "short,undefined", "Comma-separated list of sleeve lengths: short, long, undefined."),
            api("upper_clothing_colors", "black,white", "Comma-separated list of upper clothing colors; one in common passes."),
            api("lower_garment_colors", "black,white", "Comma-separated list of lower garment colors; one in common passes."),
            api("lower_garment_types", "trousers,undefined", "Comma-separated list of lower garment types: undefined, trousers, shorts, skirt."),
            api("shoes_apparent_colors", "white,undefined", "Comma-separated list of shoes colors: undefined, black, white, other."),
            api("backpack_states", "1", "Comma-separated list of backpack states: 0 absent, 1 present, 2 undefined."));

    private static FilterParameter sender(String name, String example, String description) {
        return new FilterParameter(name, example, description, true);
    }

    private static FilterParameter api(String name, String example, String description) {
        return new FilterParameter(name, example, description, false);
    }
}
