package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.api.ErrorCode;

/**
 * {@code /6/handlers/{handler_id}/events/raw}, {@code GET /6/events} and {@code /6/events/stats} over HTTP
 * on events saved by the user: every filter finds exactly the events that pass it, paging and order,
 * the default month, and statistics grouped by time and columns as the seed's example groups them.
 */
@ExtendWith(RunningStack.class)
class EventQueriesTest {

    @Test
    void aUsersEventIsSavedThroughADynamicHandlerOnlyAnd201Or202AsWaitSavingSays(Api api, RunningStack.Started stack) throws Exception {
        var account = api.newAccount("user");
        var client = account.withToken();
        var dynamic = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        var fixed = client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
        try (var subscriber = EventsTest.sender(stack, account.id(), "")) {
            var saved = client.postJson("/6/handlers/" + dynamic + "/events/raw", RawEvents.named("raw one").body()).assertStatus(201).json();
            var eventId = saved.get("event_id").asString();
            assertThat(saved.get("url").asString()).isEqualTo("/6/events/" + eventId);
            var stored = client.get("/6/events/" + eventId).assertStatus(200).json();
            assertThat(stored.get("handler_id").asString()).isEqualTo(dynamic);
            assertThat(stored.get("user_data").asString()).isEqualTo("raw one");
            assertThat(stored.get("top_match").get("label").asString()).isEqualTo("good guys");
            assertThat(stored.get("top_match").get("face_id").asString()).isEqualTo("426542d6-5509-4e5b-8a01-e2abd5c0a8c6");
            assertThat(stored.get("face_id").asString()).as("the event's own face").isEqualTo("557d54ec-29ad-4f3c-93b4-c9092ef12515");
            assertThat(stored.get("ethnic_group").asInt()).as("asian").isEqualTo(2);
            assertThat(stored.get("emotion").asInt()).as("surprise, from the aggregate").isEqualTo(7);
            assertThat(stored.get("mask").asInt()).as("medical_mask").isEqualTo(1);
            assertThat(stored.get("liveness").asInt()).as("spoof").isZero();
            assertThat(stored.get("body_detections").get(0).get("detection").get("rect").get("width").asInt()).isEqualTo(209);
            var message = subscriber.next(java.time.Duration.ofSeconds(15));
            assertThat(message).isNotNull();
            assertThat(message.get("event").get("event_id").asString()).isEqualTo(eventId);

            var later = client.postJson("/6/handlers/" + dynamic + "/events/raw?wait_saving=0", RawEvents.named("raw two").body())
                    .assertStatus(202).text("event_id");
            Eventually.value("the buffered event is written", () -> client.get("/6/events/" + later).status(), status -> status == 200);
        }
        client.postJson("/6/handlers/" + fixed + "/events/raw", RawEvents.named("x").body()).assertError(ErrorCode.HANDLER_NOT_DYNAMIC);
        client.postJson("/6/handlers/" + UUID.randomUUID() + "/events/raw", RawEvents.named("x").body()).assertError(ErrorCode.HANDLER_NOT_FOUND);
        for (var bad : List.of(RawEvents.named("x").set("/colour", "red"), RawEvents.named("x").set("/tags", List.of("t".repeat(37))),
                RawEvents.named("x").set("/track_id", "no spaces please"), RawEvents.named("x").set("/meta", Map.of("two__underscores", 1)),
                RawEvents.named("x").set("/matches/0/candidates/0/similarity", 1.5), RawEvents.named("x").set("/create_time", "yesterday"))) {
            client.postJson("/6/handlers/" + dynamic + "/events/raw", bad.body()).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        }
        client.postJson("/6/handlers/" + dynamic + "/events/raw?wait_saving=2", RawEvents.named("x").body()).assertError(ErrorCode.BAD_QUERY_PARAMETER);
        assertThat(EventsTest.eventIds(client, "handler_ids=" + dynamic + "," + fixed)).hasSize(2);
    }

    @Test
    void aUsersEventWithMegabytesOfMetaIsKeptWholeAndFoundLikeAnyOther(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        // far more than the 400 KB DynamoDB keeps in one item, within the seed's 2 MB
        var notes = "n".repeat(1_500_000);
        var large = RawEvents.named("large").set("/track_id", "large_one").set("/meta", Map.of("notes", notes)).save(client, handler);

        var stored = client.get("/6/events/" + large).assertStatus(200).json();
        assertThat(stored.get("meta").get("notes").asString()).isEqualTo(notes);
        assertThat(stored.get("user_data").asString()).isEqualTo("large");
        assertThat(EventsTest.eventIds(client, "track_ids=large_one")).containsExactly(large);
        assertThat(EventsTest.eventIds(client, "handler_ids=" + handler)).containsExactly(large);
        client.postJson("/6/handlers/" + handler + "/events/raw", RawEvents.named("too large").set("/meta", Map.of("notes", "n".repeat(2_200_000)))
                .body()).assertError(ErrorCode.JSON_VALIDATION_FAILED);
        var stranger = api.newAccount("user").withToken();
        stranger.get("/6/events/" + large).assertError(ErrorCode.EVENT_NOT_FOUND);
    }

    @Test
    void everyFilterOfGetEventsFindsExactlyTheEventsThatPassIt(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        var other = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var stream = UUID.randomUUID().toString();
        var a = RawEvents.named("alpha, north door").set("/source", "cam1").set("/stream_id", stream).set("/track_id", "track_a")
                .set("/external_id", "ext-a").set("/tags", List.of("vip", "door")).set("/location/city", "Moscow")
                .set("/location/geo_position", Map.of("longitude", 36.616, "latitude", 55.752))
                .set("/face_attributes/basic_attributes/age", 50).set("/face_attributes/basic_attributes/gender", 0)
                .set("/matches/0/candidates/0/similarity", 0.8).set("/meta", Map.of("temp", 36.6, "zone", Map.of("name", "north")))
                .set("/create_time", now.minus(1, ChronoUnit.HOURS).toString()).save(client, handler);
        var b = RawEvents.named("beta").set("/source", "cam2").remove("track_id").set("/tags", List.of("vip"))
                .set("/location/city", "Riga").set("/location/geo_position", null)
                .set("/face_attributes/basic_attributes/age", 20).set("/face_attributes/basic_attributes/gender", 1)
                .set("/face_attributes/basic_attributes/ethnicities/predominant_ethnicity", "caucasian")
                .set("/matches/0/candidates/0/similarity", 0.3).set("/matches/1/candidates/0/similarity", 0.1).set("/meta", Map.of("temp", 38))
                .set("/face", null).set("/create_time", now.minus(2, ChronoUnit.HOURS).toString()).save(client, handler);
        var c = RawEvents.named("gamma").remove("source").set("/location", null).set("/face_attributes", null).set("/matches", List.of())
                .set("/create_time", now.minus(3, ChronoUnit.HOURS).toString()).save(client, other);
        var old = RawEvents.named("long ago").set("/source", "cam1").set("/create_time", now.minus(40, ChronoUnit.DAYS).toString())
                .save(client, handler);

        var expected = new LinkedHashMap<String, List<String>>();
        expected.put("", List.of(a, b, c));
        expected.put("create_time__gte=now-100d", List.of(a, b, c, old));
        expected.put("create_time__lt=now-30d", List.of(old));
        expected.put("create_time__gte=" + now.minus(150, ChronoUnit.MINUTES) + "&create_time__lt=" + now.minus(30, ChronoUnit.MINUTES), List.of(a, b));
        expected.put("end_time__lt=" + now.minus(90, ChronoUnit.MINUTES), List.of(b, c));
        expected.put("event_ids=" + old + "," + a, List.of(a, old));
        expected.put("handler_ids=" + handler, List.of(a, b));
        expected.put("handler_ids=" + other + "&sources=null", List.of(c));
        expected.put("sources=cam1", List.of(a));
        expected.put("sources=cam1,null", List.of(a, c));
        expected.put("stream_ids=" + stream, List.of(a));
        expected.put("cities=Riga,Moscow", List.of(a, b));
        expected.put("origin_longitude=36.62&origin_latitude=55.75", List.of(a));
        expected.put("origin_longitude=null", List.of(b, c));
        expected.put("top_matching_candidates_label=good%20guys", List.of(a, b));
        expected.put("top_similar_object_ids=426542d6-5509-4e5b-8a01-e2abd5c0a8c6", List.of(a, b));
        expected.put("top_similar_external_ids=2xQ2gprbMUePw1s9gw9fvA%3D%3D", List.of(a, b));
        expected.put("top_similar_object_similarity__gte=0.5", List.of(a));
        expected.put("top_similar_object_similarity__lt=0.5", List.of(b));
        expected.put("age__gte=30", List.of(a));
        expected.put("age__lt=30", List.of(b));
        expected.put("gender=1", List.of(b));
        expected.put("gender=null", List.of(c));
        expected.put("ethnic_groups=3", List.of(b));
        expected.put("ethnic_groups=2,null", List.of(a, c));
        expected.put("face_ids=557d54ec-29ad-4f3c-93b4-c9092ef12515", List.of(a, c));
        expected.put("external_ids=ext-a", List.of(a));
        expected.put("user_data=north", List.of(a));
        expected.put("tags=vip", List.of(a, b));
        expected.put("tags=door,vip", List.of(a));
        expected.put("track_ids=track_a", List.of(a));
        expected.put("track_ids=null", List.of(b));
        expected.put("meta.temp__gt:numeric=37", List.of(b));
        expected.put("meta.temp:numeric=36.6", List.of(a));
        expected.put("meta.zone.name__in=north,south", List.of(a));
        expected.put("meta.zone.name__in=none", List.of(b, c));
        expected.put("meta.zone.name__like=no%25", List.of(a));
        expected.forEach((query, ids) -> assertThat(EventsTest.eventIds(client, query)).as(query).containsExactlyElementsOf(ids));
    }

    @Test
    void pagesComeNewestFirstUnlessAskedOtherwiseAndIdBoundsSortById(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var newestFirst = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(RawEvents.named("e" + i).set("/create_time", now.minus(i, ChronoUnit.MINUTES).toString()).save(client, handler));
        }
        assertThat(EventsTest.eventIds(client, "page_size=2&page=2")).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(EventsTest.eventIds(client, "order=asc&page_size=3")).containsExactlyElementsOf(newestFirst.reversed().subList(0, 3));
        var byId = newestFirst.stream().sorted().toList();
        assertThat(EventsTest.eventIds(client, "event_id__gte=" + byId.get(1))).containsExactlyElementsOf(byId.subList(1, 5).reversed());
        assertThat(EventsTest.eventIds(client, "event_id__lt=" + byId.get(3) + "&order=asc")).containsExactlyElementsOf(byId.subList(0, 3));
        var targeted = client.get("/6/events?target=user_data,event_id&page_size=1").assertStatus(200).json().get("events").get(0);
        assertThat(List.copyOf(targeted.propertyNames())).containsExactly("event_id", "user_data");
    }

    @Test
    void statsCountAndAggregateEventsGroupedByTimeAndColumnsAsTheSeedsExample(Api api) {
        var client = api.newAccount("user").withToken();
        var handler = client.postJson("/6/handlers", Map.of("handler_type", 1)).assertStatus(201).text("handler_id");
        record Seen(String time, int gender, int age) {}
        var seen = List.of(new Seen("2020-02-04T10:00:00Z", 0, 22), new Seen("2020-02-04T11:00:00Z", 0, 22),
                new Seen("2020-02-04T12:00:00Z", 1, 27), new Seen("2020-02-05T09:00:00Z", 1, 33), new Seen("2020-02-06T09:00:00Z", 1, 40));
        for (var s : seen) {
            RawEvents.named("stats").set("/source", "Main_hall_camera").set("/create_time", s.time())
                    .set("/face_attributes/basic_attributes/gender", s.gender()).set("/face_attributes/basic_attributes/age", s.age())
                    .save(client, handler);
        }
        var grouped = client.postJson("/6/events/stats", Map.of(
                "targets", List.of(Map.of("column", "event_id", "aggregator", "count"), Map.of("column", "age", "aggregator", "group_by"),
                        Map.of("column", "gender", "aggregator", "group_by")),
                "filters", List.of(Map.of("column", "source", "operator", "eq", "value", "Main_hall_camera")),
                "period", List.of(Map.of("operator", "gt", "value", "2020-02-04T00:00:00Z"), Map.of("operator", "lt", "value", "2020-02-06T00:00:00Z")),
                "group_by", "dayOfWeek")).assertStatus(200).json();
        assertThat(grouped.get("fields").toString()).isEqualTo("[\"Group by time: dayOfWeek\",\"gender, aggregator 'group_by'\","
                + "\"age, aggregator 'group_by'\",\"event_id, aggregator 'count'\"]");
        assertThat(grouped.get("stats").toString()).isEqualTo("[[\"Tuesday\",0,22,2],[\"Tuesday\",1,27,1],[\"Wednesday\",1,33,1]]");

        var ages = client.postJson("/6/events/stats", Map.of(
                "targets", List.of(Map.of("column", "age", "aggregator", "min"), Map.of("column", "age", "aggregator", "max"),
                        Map.of("column", "age", "aggregator", "avg")),
                "periods", List.of(Map.of("operator", "gte", "value", "2020-02-01T00:00:00Z")),
                "group_by", "day")).assertStatus(200).json();
        assertThat(ages.get("stats").toString()).isEqualTo("[[\"2020-02-04T00:00:00.000Z\",22,27,23.666666666666668],"
                + "[\"2020-02-05T00:00:00.000Z\",33,33,33.0],[\"2020-02-06T00:00:00.000Z\",40,40,40.0]]");
        var defaultMonth = client.postJson("/6/events/stats", Map.of()).assertStatus(200).json();
        assertThat(defaultMonth.get("stats").toString()).as("nothing in the last month").isEqualTo("[[0]]");
    }
}
