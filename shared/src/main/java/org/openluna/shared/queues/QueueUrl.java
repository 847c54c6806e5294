package org.openluna.shared.queues;

import java.util.function.Supplier;
import software.amazon.awssdk.services.sqs.SqsClient;

/** A queue's URL, asked of SQS once and kept: it never changes while the queue exists. */
final class QueueUrl implements Supplier<String> {
    private final SqsClient sqs;
    private final String queueName;
    private volatile String url;

    QueueUrl(SqsClient sqs, String queueName) {
        this.sqs = sqs;
        this.queueName = queueName;
    }

    @Override
    public String get() {
        var known = url;
        if (known == null) {
            // two threads may both ask; they get the same answer
            known = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
            url = known;
        }
        return known;
    }
}
