package org.openluna.functions.platform;

import org.openluna.shared.queues.CallbackQueue;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The callbacks queue, which handlers' and tasks' callbacks are put on for the callbacks function (ADR 0018). */
@Configuration(proxyBeanMethods = false)
@Import(SqsClientConfiguration.class)
public class CallbackQueueConfiguration {

    @Bean
    CallbackQueue callbackQueue(SqsClient sqs, QueueNames queues, MessageSeal seal) {
        return new CallbackQueue(sqs, queues, seal);
    }
}
