package org.openluna.localstack;

import org.openluna.sender.SenderServer;
import org.openluna.sender.SenderSettings;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The Sender inside the launcher's JVM, reading the events queue the functions' provisioner made,
 * with the functions' own SQS client (the functions' context owns and closes it).
 */
final class EmbeddedSender {
    /** Short long polls: closing the stack waits for the one in flight; ElasticMQ answers them at no cost. */
    private static final int WAIT_SECONDS = 2;

    private EmbeddedSender() {}

    static SenderServer start(ConfigurableApplicationContext functions, int port) throws InterruptedException {
        var queue = functions.getBean(QueueNames.class).events();
        return SenderServer.start(new SenderSettings("127.0.0.1", port, queue, WAIT_SECONDS), functions.getBean(SqsClient.class),
                functions.getBean(MessageSeal.class));
    }

    static String url(int port) {
        return "ws://127.0.0.1:" + port;
    }
}
