package org.openluna.localstack;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openluna.shared.queues.QueueSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What Lambda's event source mapping does for an SQS queue, played on one machine over ElasticMQ:
 * pollers long-poll the queue for batches of the spec's size, hand each batch to the handler as the
 * {@code SQSEvent} Lambda would build, and delete the messages the handler did not name as failures.
 * A handler that throws fails its whole batch. Failed messages come back after their visibility
 * timeout, and the queue's redrive policy moves one received too often to its dead-letter queue.
 */
final class EventSourceMapping implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventSourceMapping.class);
    // short, so that the launcher stops quickly; an empty poll costs one request
    private static final int WAIT_SECONDS = 1;

    private final SqsClient sqs;
    private final QueueSpec spec;
    private final RequestHandler<SQSEvent, SQSBatchResponse> handler;
    private final List<Thread> pollers = new ArrayList<>();
    private volatile boolean running = true;
    private String queueUrl;
    private String queueArn;

    private EventSourceMapping(SqsClient sqs, QueueSpec spec, RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        this.sqs = sqs;
        this.spec = spec;
        this.handler = handler;
    }

    /** @param concurrency how many batches may be handled at once, as Lambda runs several instances */
    static EventSourceMapping start(SqsClient sqs, QueueSpec spec, RequestHandler<SQSEvent, SQSBatchResponse> handler, int concurrency) {
        var mapping = new EventSourceMapping(sqs, spec, handler);
        mapping.queueUrl = sqs.getQueueUrl(b -> b.queueName(spec.name())).queueUrl();
        mapping.queueArn = sqs.getQueueAttributes(b -> b.queueUrl(mapping.queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        for (int i = 0; i < concurrency; i++) {
            var thread = Thread.ofPlatform().daemon().name(spec.name() + "-poller-" + i).start(mapping::poll);
            mapping.pollers.add(thread);
        }
        return mapping;
    }

    private void poll() {
        while (running) {
            try {
                var messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(spec.batchSize())
                        .waitTimeSeconds(WAIT_SECONDS).messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All")).messages();
                if (!messages.isEmpty()) {
                    handle(messages);
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("polling {} failed: {}", spec.name(), e.toString());
                    pause();
                }
            }
        }
    }

    private void handle(List<Message> messages) {
        SQSBatchResponse response;
        try {
            response = handler.handleRequest(event(messages), new LocalLambdaContext(spec.name(), spec.consumerTimeoutSeconds()));
        } catch (RuntimeException e) {
            LOG.warn("the function of {} failed a batch of {}: {}", spec.name(), messages.size(), e.toString());
            return;
        }
        var failed = new HashSet<String>();
        if (response != null && response.getBatchItemFailures() != null) {
            response.getBatchItemFailures().forEach(failure -> failed.add(failure.getItemIdentifier()));
        }
        var done = messages.stream().filter(m -> !failed.contains(m.messageId()))
                .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build()).toList();
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(done));
        }
    }

    /** The event Lambda builds for a batch of an SQS queue. */
    private SQSEvent event(List<Message> messages) {
        var records = new ArrayList<SQSEvent.SQSMessage>();
        for (var message : messages) {
            var record = new SQSEvent.SQSMessage();
            record.setMessageId(message.messageId());
            record.setReceiptHandle(message.receiptHandle());
            record.setBody(message.body());
            record.setMd5OfBody(message.md5OfBody());
            var attributes = new HashMap<String, String>();
            message.attributes().forEach((name, value) -> attributes.put(name.toString(), value));
            record.setAttributes(attributes);
            var messageAttributes = new HashMap<String, SQSEvent.MessageAttribute>();
            message.messageAttributes().forEach((name, value) -> {
                var attribute = new SQSEvent.MessageAttribute();
                attribute.setDataType(value.dataType());
                attribute.setStringValue(value.stringValue());
                messageAttributes.put(name, attribute);
            });
            record.setMessageAttributes(messageAttributes);
            record.setEventSource("aws:sqs");
            record.setEventSourceArn(queueArn);
            record.setAwsRegion("us-east-1");
            records.add(record);
        }
        var event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (var poller : pollers) {
            poller.join(TimeUnit.SECONDS.toMillis(spec.consumerTimeoutSeconds() + WAIT_SECONDS + 1));
        }
    }
}
