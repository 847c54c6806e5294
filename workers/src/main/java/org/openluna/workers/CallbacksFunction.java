package org.openluna.workers;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openluna.shared.http.CallbackSender;
import org.openluna.shared.queues.CallbackQueue;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueueNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The {@code callbacks} queue's function (ADR 0018): every callback of the batch tried once, all at
 * once, so a slow receiver holds no other. One that fails comes back after 1 s, then 2 s (its message's
 * visibility is shortened to that), and after {@link QueueNames#CALLBACK_ATTEMPTS} tries SQS moves it
 * to the dead-letter queue. A callback is sent at least once: a function stopped after a send and
 * before its report sends that one again.
 */
public class CallbacksFunction extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(CallbacksFunction.class);

    @Inject
    CallbackSender sender;

    @Inject
    MessageSeal seal;

    @Inject
    SqsClient sqs;

    private final Map<String, String> queueUrls = new ConcurrentHashMap<>();

    /** As Lambda makes it: settings from the environment. */
    public CallbacksFunction() {
        BatchItems.requireInjected(sender, seal, sqs);
    }

    /** As the launcher makes it, with the platform's settings. */
    public CallbacksFunction(ApplicationContextBuilder context) {
        super(context);
        BatchItems.requireInjected(sender, seal, sqs);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent batch) {
        var tries = new ArrayList<Future<Boolean>>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var message : batch.getRecords()) {
                tries.add(executor.submit(() -> tryOnce(message)));
            }
        }
        var failed = new ArrayList<String>();
        for (int i = 0; i < tries.size(); i++) {
            if (!succeeded(tries.get(i))) {
                failed.add(batch.getRecords().get(i).getMessageId());
            }
        }
        return BatchItems.failed(failed);
    }

    /** Whether the message is done with: sent, or never to be sent. */
    private boolean tryOnce(SQSEvent.SQSMessage message) {
        var sealValue = message.getMessageAttributes() == null ? null : message.getMessageAttributes().get(MessageSeal.ATTRIBUTE);
        var callback = CallbackQueue.read(message.getBody(), sealValue == null ? null : sealValue.getStringValue(), seal);
        if (callback.isEmpty()) {
            LOG.warn("dropping message {} of the callbacks queue: it lacks the platform's seal", message.getMessageId());
            return true;
        }
        var outcome = sender.send(callback.get());
        if (outcome != CallbackSender.Outcome.FAILED) {
            return true;
        }
        int tried = BatchItems.receiveCount(message);
        if (tried < QueueNames.CALLBACK_ATTEMPTS) {
            retrySoon(message, 1 << (tried - 1));
        } else {
            LOG.warn("callback to {} failed {} times: it goes to the dead-letter queue", callback.get().url(), tried);
        }
        return false;
    }

    private void retrySoon(SQSEvent.SQSMessage message, int seconds) {
        try {
            var url = queueUrls.computeIfAbsent(message.getEventSourceArn(),
                    arn -> sqs.getQueueUrl(b -> b.queueName(arn.substring(arn.lastIndexOf(':') + 1))).queueUrl());
            sqs.changeMessageVisibility(b -> b.queueUrl(url).receiptHandle(message.getReceiptHandle()).visibilityTimeout(seconds));
        } catch (RuntimeException e) {
            // it still comes back, after the queue's own visibility timeout
            LOG.info("could not bring callback message {} back sooner: {}", message.getMessageId(), e.toString());
        }
    }

    private static boolean succeeded(Future<Boolean> outcome) {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            LOG.warn("a callback failed unexpectedly", e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
