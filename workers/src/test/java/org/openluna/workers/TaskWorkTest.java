package org.openluna.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueSpec;
import org.openluna.shared.queues.TaskQueue;

/** A task part that fails is tried again, and on its last try is given up: the task records it, and the message goes on failing to the dead-letter queue. */
class TaskWorkTest {
    private static final MessageSeal SEAL = new MessageSeal("a secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8));
    private static final UUID ACCOUNT = UUID.randomUUID();

    private static SQSEvent part(String id, int receives) {
        var body = "{\"account_id\":\"" + ACCOUNT + "\",\"task_id\":7,\"subtask_id\":3}";
        var seal = new SQSEvent.MessageAttribute();
        seal.setStringValue(SEAL.attributes(body).get(MessageSeal.ATTRIBUTE).stringValue());
        var message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        message.setMessageAttributes(Map.of(MessageSeal.ATTRIBUTE, seal));
        message.setAttributes(Map.of("ApproximateReceiveCount", Integer.toString(receives)));
        var event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }

    @Test
    void aFailingPartIsTriedAgainAndGivenUpOnItsLastTry() {
        var givenUp = new ArrayList<TaskQueue.Work>();
        for (int receives = 1; receives <= QueueSpec.TASK_MAX_RECEIVES; receives++) {
            var id = "m" + receives;
            var response = TaskWork.each(part(id, receives), SEAL, QueueSpec.TASK_MAX_RECEIVES, work -> {
                throw new IllegalStateException("the matcher is away");
            }, givenUp::add);
            assertThat(response.getBatchItemFailures()).singleElement().satisfies(f -> assertThat(f.getItemIdentifier()).isEqualTo(id));
            assertThat(givenUp).hasSize(receives == QueueSpec.TASK_MAX_RECEIVES ? 1 : 0);
        }
        assertThat(givenUp.getFirst()).isEqualTo(new TaskQueue.Work(ACCOUNT, 7, 3));
    }

    @Test
    void aPartThatSucceedsOnItsLastTryIsNotGivenUp() {
        var givenUp = new ArrayList<TaskQueue.Work>();
        var done = new ArrayList<TaskQueue.Work>();
        var response = TaskWork.each(part("m", QueueSpec.TASK_MAX_RECEIVES), SEAL, QueueSpec.TASK_MAX_RECEIVES, done::add, givenUp::add);
        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(done).hasSize(1);
        assertThat(givenUp).isEmpty();
    }
}
