package org.openluna.functions.platform;

import org.openluna.shared.queues.EventPublisher;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The fan-out of events to the Sender. */
@Configuration(proxyBeanMethods = false)
@Import(SqsClientConfiguration.class)
public class QueueConfiguration {

    /** What handlers call for each event they produce: one message on the fan-out queue the Sender reads (ADR 0012). */
    @Bean
    EventPublisher eventPublisher(SqsClient sqs, QueueNames queues, MessageSeal seal) {
        return new EventPublisher(sqs, queues, seal);
    }
}
