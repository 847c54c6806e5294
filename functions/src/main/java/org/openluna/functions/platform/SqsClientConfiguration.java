package org.openluna.functions.platform;

import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The SQS client, the queues' names and the seal on their messages, which grant nothing by themselves. */
@Configuration(proxyBeanMethods = false)
public class SqsClientConfiguration {

    @Bean
    SqsClient sqs(LunaSettings settings) {
        return settings.aws().clients().sqsClient();
    }

    @Bean
    QueueNames queueNames(LunaSettings settings) {
        return new QueueNames(settings.resourcePrefix(), settings.tasks().workerSeconds());
    }

    /** The seal of the platform's own queue messages, keyed from the same secret as the tokens. */
    @Bean
    MessageSeal messageSeal(LunaSettings settings) {
        return new MessageSeal(settings.auth().secretKey());
    }
}
