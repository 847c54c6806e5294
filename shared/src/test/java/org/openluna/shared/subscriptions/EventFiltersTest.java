package org.openluna.shared.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openluna.shared.subscriptions.SeedEvents.event;
import static org.openluna.shared.subscriptions.SeedEvents.filter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import tools.jackson.databind.node.ObjectNode;

/** Every filter of the Sender seed and of the API's /6/ws, on the seeds' own example messages. */
class EventFiltersTest {
    private final ObjectNode sender = SeedEvents.sender();
    private final ObjectNode api = SeedEvents.api();

    @Test
    void noFilterLetsEveryEventThrough() {
        assertThat(EventFilters.parse(SeedEvents.query("unrelated=1")).matches(sender)).isTrue();
        assertThat(EventFilter.any().matches(api)).isTrue();
    }

    @Test
    void sourcesPassAnEventFromOneOfThem() {
        assertThat(filter("sources=cam1,3rd Avenue").matches(sender)).isTrue();
        assertThat(filter("sources=cam1,cam2").matches(sender)).isFalse();
        assertThat(filter("sources=3rd avenue").matches(sender)).as("sources are compared exactly").isFalse();
        assertThat(filter("sources=cam1&sources=3rd Avenue").matches(sender)).as("a repeated parameter adds to the list").isTrue();
    }

    @Test
    void handlerIdsPassAnEventOfOneOfTheHandlers() {
        assertThat(filter("handler_ids=8950722f-3fd4-4223-b48f-03f95f0e8dfb,557d54ec-29ad-4f3c-93b4-c9092ef12515").matches(sender)).isTrue();
        assertThat(filter("handler_ids=8950722f-3fd4-4223-b48f-03f95f0e8dfb").matches(sender)).isFalse();
        assertThat(filter("handler_ids=88c5dd7e-693b-4386-92bc-0c31a150a7d0").matches(api)).isTrue();
    }

    @Test
    void matchingCandidatesLabelsPassAnEventWithACandidateUnderOneOfThem() {
        assertThat(filter("matching_candidates_labels=bad guys").matches(sender)).isTrue();
        assertThat(filter("matching_candidates_labels=nobody,good guys").matches(sender)).isTrue();
        assertThat(filter("matching_candidates_labels=nobody").matches(sender)).isFalse();
        // a policy that found nobody names its label with no candidate: the event matched nobody there
        var noCandidates = sender.deepCopy();
        ((ObjectNode) event(noCandidates).get("matches").get(1)).putArray("candidates");
        assertThat(filter("matching_candidates_labels=bad guys").matches(noCandidates)).isFalse();
    }

    @Test
    void objectSimilarityBoundsApplyToTheTopCandidateOfAllPolicies() {
        // candidates 0.5 (good guys) and 0.3 (bad guys): the top one is 0.5
        assertThat(filter("object_similarity__gte=0.5").matches(sender)).as("lower bound included").isTrue();
        assertThat(filter("object_similarity__gte=0.51").matches(sender)).isFalse();
        assertThat(filter("object_similarity__lt=0.5").matches(sender)).as("upper bound excluded").isFalse();
        assertThat(filter("object_similarity__lt=0.6").matches(sender)).isTrue();
        assertThat(filter("object_similarity__gte=0.4&object_similarity__lt=0.6").matches(sender)).isTrue();
        assertThat(filter("object_similarity__gte=0.2&object_similarity__lt=0.4").matches(sender))
                .as("0.3 is in range but is not the top candidate").isFalse();
        var unmatched = sender.deepCopy();
        event(unmatched).remove("matches");
        assertThat(filter("object_similarity__lt=1").matches(unmatched)).as("an event without candidates has no similarity").isFalse();
    }

    @Test
    void ageBoundsIncludeTheLowerAndExcludeTheUpper() {
        assertThat(filter("age__gte=50").matches(sender)).isTrue();
        assertThat(filter("age__gte=51").matches(sender)).isFalse();
        assertThat(filter("age__lt=50").matches(sender)).isFalse();
        assertThat(filter("age__lt=51").matches(sender)).isTrue();
        assertThat(filter("age__gte=30&age__lt=32").matches(api)).isTrue();
    }

    @Test
    void genderPassesOnlyThatGender() {
        assertThat(filter("gender=0").matches(sender)).isTrue();
        assertThat(filter("gender=1").matches(sender)).isFalse();
        assertThat(filter("gender=1").matches(api)).isTrue();
        var withoutAttributes = sender.deepCopy();
        event(withoutAttributes).remove("face_attributes");
        assertThat(filter("gender=0").matches(withoutAttributes)).as("an event without basic attributes has no gender").isFalse();
    }

    @Test
    void ethnicGroupsPassOneOfThePredominantEthnicities() {
        // asian is 2, african_american 1 (AttributeCodes)
        assertThat(filter("ethnic_groups=2,3").matches(sender)).isTrue();
        assertThat(filter("ethnic_groups=1").matches(sender)).isFalse();
        assertThat(filter("ethnic_groups=1").matches(api)).isTrue();
    }

    @Test
    void livenessPassesOneOfThePredictions() {
        // both examples predict spoof (0)
        assertThat(filter("liveness=0,2").matches(sender)).isTrue();
        assertThat(filter("liveness=1").matches(sender)).isFalse();
        assertThat(filter("liveness=1,2").matches(api)).isFalse();
    }

    @Test
    void masksPassOneOfThePredominantMasks() {
        assertThat(filter("masks=1").matches(sender)).as("medical_mask").isTrue();
        assertThat(filter("masks=2,3").matches(sender)).isFalse();
        assertThat(filter("masks=3").matches(api)).as("occluded").isTrue();
    }

    @Test
    void emotionsPassOneOfThePredominantEmotions() {
        assertThat(filter("emotions=5").matches(api)).as("neutral").isTrue();
        assertThat(filter("emotions=1,2,3").matches(api)).isFalse();
    }

    @Test
    void anAggregateEstimationOutranksTheDetections() {
        // the Sender example's detection is neutral (5), its aggregate surprise (7)
        assertThat(filter("emotions=7").matches(sender)).isTrue();
        assertThat(filter("emotions=5").matches(sender)).isFalse();
        var notAggregated = sender.deepCopy();
        event(notAggregated).remove("aggregate_estimations");
        assertThat(filter("emotions=5").matches(notAggregated)).as("without an aggregate, the detection's").isTrue();
    }

    @Test
    void tagsPassOnlyAnEventWithAllOfThem() {
        assertThat(filter("tags=tag1").matches(sender)).isTrue();
        assertThat(filter("tags=tag1,tag2").matches(sender)).isTrue();
        assertThat(filter("tags=tag1,tag3").matches(sender)).as("all of, not one of").isFalse();
        var untagged = sender.deepCopy();
        event(untagged).remove("tags");
        assertThat(filter("tags=tag1").matches(untagged)).isFalse();
    }

    @Test
    void locationFiltersPassOneOfTheirValues() {
        assertThat(filter("cities=moscow,New-York").matches(sender)).as("compared exactly").isFalse();
        assertThat(filter("cities=Moscow,New-York").matches(sender)).isTrue();
        assertThat(filter("areas=CAO,central park").matches(sender)).isTrue();
        assertThat(filter("areas=SAO").matches(sender)).isFalse();
        assertThat(filter("districts=mitino,central park").matches(sender)).isTrue();
        assertThat(filter("districts=Mitino").matches(sender)).isFalse();
        assertThat(filter("streets=arbat,schepkina").matches(sender)).isTrue();
        assertThat(filter("streets=arbat").matches(sender)).isFalse();
        assertThat(filter("house_numbers=1,1/2str3").matches(sender)).isTrue();
        assertThat(filter("house_numbers=1").matches(sender)).isFalse();
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(filter("gender=0&tags=tag1&sources=3rd Avenue&object_similarity__gte=0.5").matches(sender)).isTrue();
        assertThat(filter("gender=0&tags=tag1&sources=3rd Avenue&object_similarity__gte=0.6").matches(sender)).isFalse();
    }

    // the filters /6/ws adds to the Sender's

    @Test
    void streamIdsPassAnEventOfOneOfTheStreams() {
        assertThat(filter("stream_ids=a778c4a5-2191-476e-a261-3b4f9ce2e25e").matches(api)).isTrue();
        assertThat(filter("stream_ids=8950722f-3fd4-4223-b48f-03f95f0e8dfb").matches(api)).isFalse();
        assertThat(filter("stream_ids=a778c4a5-2191-476e-a261-3b4f9ce2e25e").matches(sender)).as("no stream").isFalse();
    }

    @Test
    void deepfakePassesOneOfThePredictions() {
        assertThat(filter("deepfake=0").matches(api)).as("fake").isTrue();
        assertThat(filter("deepfake=1").matches(api)).isFalse();
    }

    @Test
    void userDataPassesAnEventWhoseUserDataContainsIt() {
        assertThat(filter("user_data=some").matches(api)).isTrue();
        assertThat(filter("user_data=some event").matches(api)).isTrue();
        assertThat(filter("user_data=Some").matches(api)).isFalse();
    }

    @Test
    void geoPositionPassesAnEventInsideTheBox() {
        // the event is at 36.616, 55.752
        assertThat(filter("geo_position=origin_longitude,36.616,origin_latitude,55.752").matches(api)).isTrue();
        assertThat(filter("geo_position=origin_longitude,36.62,origin_latitude,55.75").matches(api)).as("within 0.01").isTrue();
        assertThat(filter("geo_position=origin_longitude,36.7,origin_latitude,55.752").matches(api)).isFalse();
        assertThat(filter("geo_position=origin_longitude,36.7,origin_latitude,55.752,longitude_delta,0.1").matches(api)).isTrue();
    }

    @Test
    void bodyAttributeFiltersReadTheBodyEstimations() {
        assertThat(filter("apparent_gender=0,2").matches(api)).isTrue();
        assertThat(filter("apparent_gender=1").matches(api)).isFalse();
        assertThat(filter("apparent_age__gte=25&apparent_age__lt=26").matches(api)).isTrue();
        assertThat(filter("apparent_age__gte=26").matches(api)).isFalse();
        assertThat(filter("headwear_states=0").matches(api)).isTrue();
        assertThat(filter("headwear_states=1").matches(api)).isFalse();
        assertThat(filter("headwear_apparent_colors=white,undefined").matches(api)).isTrue();
        assertThat(filter("headwear_apparent_colors=black").matches(api)).isFalse();
        assertThat(filter("sleeve_lengths=short").matches(api)).isTrue();
        assertThat(filter("sleeve_lengths=long").matches(api)).isFalse();
        assertThat(filter("upper_clothing_colors=black,red").matches(api)).as("at least one color in common").isTrue();
        assertThat(filter("upper_clothing_colors=red").matches(api)).isFalse();
        assertThat(filter("lower_garment_colors=white").matches(api)).isTrue();
        assertThat(filter("lower_garment_colors=khaki").matches(api)).isFalse();
        assertThat(filter("lower_garment_types=trousers,undefined").matches(api)).isTrue();
        assertThat(filter("lower_garment_types=skirt").matches(api)).isFalse();
        assertThat(filter("shoes_apparent_colors=black").matches(api)).isTrue();
        assertThat(filter("shoes_apparent_colors=white").matches(api)).isFalse();
        assertThat(filter("backpack_states=0").matches(api)).isTrue();
        assertThat(filter("backpack_states=1,2").matches(api)).isFalse();
        assertThat(filter("sleeve_lengths=short").matches(sender)).as("the Sender example has no body attributes").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "gender=2", "gender=male", "gender=0,1", "ethnic_groups=0", "ethnic_groups=5", "liveness=3", "masks=0",
            "masks=4", "emotions=8", "emotions=1,,2", "deepfake=2", "age__gte=-1", "age__lt=ten", "age__gte=1.5",
            "object_similarity__gte=1.5", "object_similarity__lt=abc", "object_similarity__gte=NaN",
            "handler_ids=not-a-uuid", "stream_ids=8950722F-3FD4-4223-B48F-03F95F0E8DFB", "sources=", "sources=cam1,",
            "tags=0123456789012345678901234567890123456", "cities=,", "apparent_gender=3", "apparent_age__lt=101",
            "headwear_states=3", "headwear_apparent_colors=pink", "sleeve_lengths=medium", "upper_clothing_colors=teal",
            "lower_garment_colors=teal", "lower_garment_types=kilt", "shoes_apparent_colors=red", "backpack_states=-1",
            "geo_position=origin_longitude,36.6", "geo_position=origin_longitude,36.6,origin_latitude",
            "geo_position=origin_latitude,55.7,longitude_delta,0.1", "geo_position=origin_longitude,181,origin_latitude,55",
            "geo_position=origin_longitude,36,origin_latitude,55,latitude_delta,91", "geo_position=lon,36,lat,55",
            "age__gte=1&age__gte=2"})
    void aBadFilterValueIsRefusedWithTheSeedsQueryError(String query) {
        var name = query.substring(0, query.indexOf('='));
        assertThatThrownBy(() -> filter(query))
                .isInstanceOfSatisfying(LunaException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.BAD_QUERY_PARAMETER);
                    assertThat(e.detail()).isEqualTo("Bad query parameters '" + name + "'");
                });
    }

    @Test
    void aTagOfThirtySixCharactersIsAccepted() {
        assertThat(filter("tags=012345678901234567890123456789012345").names()).containsExactly("tags");
    }

    @Test
    void everyDocumentedFilterIsReadFromItsOwnExample() {
        for (var parameter : FilterParameter.ALL) {
            var base = parameter.name().replaceAll("__(gte|lt)$", "");
            assertThat(filter(parameter.name() + "=" + parameter.example()).names()).as(parameter.name()).containsExactly(base);
        }
        assertThat(FilterParameter.ALL.stream().filter(FilterParameter::senderSeed)).hasSize(18);
    }
}
