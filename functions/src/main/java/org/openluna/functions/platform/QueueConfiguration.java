package org.openluna.functions.platform;

import org.openluna.shared.queues.EventPublisher;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SQS, the platform's queues and the seal on their messages. */
@Configuration(proxyBeanMethods = false)
public class QueueConfiguration {

    @Bean
    SqsClient sqs(LunaSettings settings, AwsCredentialsProvider credentials) {
        return AwsClients.configured(SqsClient.builder(), settings, credentials, settings.aws().sqs()).build();
    }

    @Bean
    QueueNames queueNames(LunaSettings settings) {
        return new QueueNames(settings.resourcePrefix());
    }

    /** The seal of the platform's own queue messages, keyed from the same secret as the tokens. */
    @Bean
    MessageSeal messageSeal(LunaSettings settings) {
        return new MessageSeal(settings.auth().secretKey());
    }

    /** What handlers call for each event they produce: one message on the fan-out queue the Sender reads (ADR 0012). */
    @Bean
    EventPublisher eventPublisher(SqsClient sqs, QueueNames queues, MessageSeal seal) {
        return new EventPublisher(sqs, queues, seal);
    }
}
