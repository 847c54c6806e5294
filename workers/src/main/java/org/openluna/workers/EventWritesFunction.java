package org.openluna.workers;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.queues.EventWriteBuffer;
import org.openluna.shared.queues.MessageSeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code event-writes} queue's function: the events accepted with {@code wait_saving=0}, written
 * to the events table in one batch (ADR 0013, ADR 0018). Writing an event again puts the same item,
 * so a redelivered message changes nothing twice. If the write fails, the whole batch comes back.
 */
public class EventWritesFunction extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(EventWritesFunction.class);

    @Inject
    Events events;

    @Inject
    MessageSeal seal;

    /** As Lambda makes it: settings from the environment. */
    public EventWritesFunction() {
        BatchItems.requireInjected(events, seal);
    }

    /** As the launcher makes it, with the platform's settings. */
    public EventWritesFunction(ApplicationContextBuilder context) {
        super(context);
        BatchItems.requireInjected(events, seal);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent batch) {
        List<StoredEvent> toWrite = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (var message : batch.getRecords()) {
            if (!BatchItems.isSealed(message, seal)) {
                LOG.warn("dropping message {} of the event write queue: it lacks the platform's seal", message.getMessageId());
                continue;
            }
            try {
                toWrite.add(EventWriteBuffer.read(message.getBody()));
                written.add(message.getMessageId());
            } catch (RuntimeException e) {
                // a body the buffer did not write can never become an event: retrying it would only fill the dead letters later
                LOG.warn("dropping message {} of the event write queue: it holds no event ({})", message.getMessageId(), e.toString());
            }
        }
        if (toWrite.isEmpty()) {
            return BatchItems.failed(List.of());
        }
        try {
            events.saveAll(toWrite);
            return BatchItems.failed(List.of());
        } catch (RuntimeException e) {
            LOG.warn("writing {} buffered events failed, they come back after their visibility timeout: {}", toWrite.size(), e.toString());
            return BatchItems.failed(written);
        }
    }
}
