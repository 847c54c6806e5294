package org.openluna.functions.events;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.RawEventRequest;
import org.openluna.shared.events.StoredEventMapping;
import org.openluna.shared.handlers.HandlerType;
import org.openluna.shared.handlers.Handlers;
import org.openluna.shared.queues.EventNotice;
import org.openluna.shared.queues.EventPublisher;
import org.openluna.shared.queues.EventWriteBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code POST /6/handlers/{handler_id}/events/raw} (seed l.8267-8564): an event built by the user, saved
 * through a dynamic handler (22031 otherwise) and sent to the Sender as a handler's event is. With
 * {@code wait_saving=1} (the default) the answer is 201 once the event is written; with 0 it is 202 once
 * the event is in the write buffer (ADR 0013).
 */
@Configuration(proxyBeanMethods = false)
@Import(EventsConfiguration.class)
public class RawEventFunctions {
    private static final Logger LOG = LoggerFactory.getLogger(RawEventFunctions.class);

    @Bean
    Function<ApiRequest, ApiResponse> saveRawEvent(Handlers handlers, Events events, EventWriteBuffer buffer, EventPublisher publisher,
                                                   Clock clock) {
        return req -> {
            var account = req.caller().account();
            var handler = EmittingHandler.of(req, handlers);
            if (handler.handlerType() != HandlerType.DYNAMIC) {
                throw new LunaException(ErrorCode.HANDLER_NOT_DYNAMIC, handler.handlerId());
            }
            boolean waitSaving = req.query().flag("wait_saving", true);
            var eventId = UUID.randomUUID();
            var raw = RawEventRequest.read(req.jsonTree(), eventId, clock);
            var stored = StoredEventMapping.of(raw.event(), account, handler.handlerId(), raw.createTime(), raw.endTime())
                    .withDescriptor(raw.descriptor());
            if (!waitSaving && EventWriteBuffer.fits(stored)) {
                buffer.add(stored);
            } else {
                events.save(stored);
            }
            try {
                publisher.publish(new EventNotice(account, handler.handlerId(), raw.event(), raw.createTime(), raw.endTime(), req.requestId()));
            } catch (IllegalArgumentException tooLarge) {
                LOG.warn("event {} not sent to subscribers: {}", eventId, tooLarge.getMessage());
            }
            var body = new LinkedHashMap<String, Object>();
            body.put("event_id", eventId);
            body.put("url", HandlerEventView.EVENT_URL + eventId);
            return ApiResponse.json(waitSaving ? 201 : 202, body);
        };
    }
}
