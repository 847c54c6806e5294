package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.inference.models.Asset;
import org.openluna.shared.api.ErrorCode;

/** One account's events and handlers are, to another, not there: on every events route. */
@ExtendWith(RunningStack.class)
class EventIsolationTest {

    @Test
    void anotherAccountReachesNoEventAndNoHandlerOnAnyEventsRoute(Api api) {
        var owner = api.newAccount("user");
        var a = owner.withToken();
        var b = api.newAccount("user").withToken();
        var handler = a.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
        var answer = a.post("/6/handlers/" + handler + "/events?source=isolation", "image/jpeg", DetectorTest.photo(Asset.PHOTO_1))
                .assertStatus(201).json();
        var eventId = answer.get("events").get(0).get("event_id").asString();
        a.get("/6/events/" + eventId).assertStatus(200);

        b.get("/6/events/" + eventId).assertError(ErrorCode.EVENT_NOT_FOUND);
        b.head("/6/events/" + eventId).assertStatus(404);
        assertThat(EventsTest.eventIds(b, "event_ids=" + eventId)).isEmpty();
        assertThat(EventsTest.eventIds(b, "handler_ids=" + handler)).isEmpty();
        assertThat(EventsTest.eventIds(b, "sources=isolation")).isEmpty();
        assertThat(EventsTest.eventIds(b, "account_id=" + owner.id())).isEmpty();
        b.post("/6/handlers/" + handler + "/events", "image/jpeg", DetectorTest.photo(Asset.PHOTO_1)).assertError(ErrorCode.HANDLER_NOT_FOUND);
        var stats = b.postJson("/6/events/stats", Map.of("filters", List.of(Map.of("column", "handler_id", "operator", "eq", "value", handler))))
                .assertStatus(200).json();
        assertThat(stats.get("stats").toString()).isEqualTo("[[0]]");

        assertThat(EventsTest.eventIds(a, "event_ids=" + eventId + "&account_id=" + owner.id())).containsExactly(eventId);
        var ownStats = a.postJson("/6/events/stats", Map.of("filters", List.of(Map.of("column", "handler_id", "operator", "eq", "value", handler))))
                .assertStatus(200).json();
        assertThat(ownStats.get("stats").toString()).isEqualTo("[[" + answer.get("events").size() + "]]");
    }
}
