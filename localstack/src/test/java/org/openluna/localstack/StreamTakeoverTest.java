package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openluna.inference.models.Asset;
import org.openluna.localstack.PeopleVideos.Person;

/**
 * Two stream processors beside a platform, as a deployment runs them: the one running a stream is
 * killed (SIGKILL) in the middle of its video, and the other takes the stream up once the lease
 * lapses, sending the people the first had not sent yet, so each person is still one event.
 */
class StreamTakeoverTest {
    private static final Duration START = Duration.ofMinutes(3);

    @Test
    void aKilledProcessorsStreamIsFinishedByAnotherWithEachPersonOnce() throws Exception {
        var dataDir = Files.createTempDirectory("luna-takeover-");
        try (var stack = ChildStack.withoutStreamProcessor(dataDir, START);
             var first = ProcessorChild.start(stack, dataDir);
             var second = ProcessorChild.start(stack, dataDir)) {
            var client = new Api(stack.gatewayPort()).admin();
            var handler = client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id");
            var people = List.of(new Person(Asset.PHOTO_1, 0), new Person(Asset.PHOTO_1, 1), new Person(Asset.PHOTO_1, 2),
                    new Person(Asset.PHOTO_2, 0));
            var video = PeopleVideos.walkingPast(client, dataDir.resolve("four.mp4"), people);

            var streamId = client.postJson("/6/streams", VideoStreamsTest.stream("", video.toUri().toString(), handler, Map.of()))
                    .assertStatus(201).text("stream_id");
            var holder = Eventually.value("a processor runs the stream", () -> holderOf(streamId, first, second), h -> h != null);
            Eventually.value("the first person's event", () -> VideoStreamsTest.stored(client, streamId), events -> !events.isEmpty(),
                    Duration.ofSeconds(60));
            // the processor marks a track sent just after the handler answers; a kill in between would
            // send that one track again (ADR 0024), so the kill comes while the next person walks
            Thread.sleep(500);
            holder.kill();
            var survivor = holder == first ? second : first;

            VideoStreamsTest.awaitStatus(client, streamId, 2);
            var events = VideoStreamsTest.eventsOf(client, streamId, people.size());
            assertThat(events).as("each person once, though the video was read again").hasSize(people.size());
            assertThat(events.stream().map(e -> e.get("track_id").asString()).distinct()).hasSize(people.size());
            var statuses = new ArrayList<Integer>();
            client.get("/6/streams/logs?stream_ids=" + streamId + "&page_size=100").assertStatus(200).json().get("logs")
                    .forEach(entry -> statuses.add(entry.get("status").asInt()));
            assertThat(statuses).as("newest first: done, taken up again, in progress, pending").containsExactly(2, 1, 1, 0);
            assertThat(survivor.running()).as("the survivor let go of the finished stream").isEmpty();
        }
    }

    private static ProcessorChild holderOf(String streamId, ProcessorChild... processors) {
        try {
            for (var processor : processors) {
                if (processor.running().contains(streamId)) {
                    return processor;
                }
            }
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
