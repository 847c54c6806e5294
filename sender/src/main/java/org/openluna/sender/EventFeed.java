package org.openluna.sender;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openluna.shared.queues.MessageSeal;
import org.openluna.shared.queues.QueuedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Reads the fan-out queue with long polls, hands each event to the subscribers, and deletes what it
 * read. Events are live: one that arrives while its account has no subscriber here is dropped, as
 * LUNA's Sender keeps no history. A crash between sending and deleting delivers those events again
 * once SQS makes them visible, so a subscriber may see an event twice, never miss one this instance read.
 */
final class EventFeed implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(EventFeed.class);
    private static final int MAX_MESSAGES = 10;
    private static final long RETRY_MILLIS = 1_000;

    private final SqsClient sqs;
    private final String queueName;
    private final int waitSeconds;
    private final Subscribers subscribers;
    private final MessageSeal seal;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Clock clock;
    private volatile boolean running = true;
    private volatile Instant lastRead;
    private volatile String lastFailure;

    EventFeed(SqsClient sqs, String queueName, int waitSeconds, Subscribers subscribers, MessageSeal seal, Clock clock) {
        this.sqs = sqs;
        this.seal = seal;
        this.clock = clock;
        // a feed just started has not finished its first long poll yet, and is not unhealthy for that
        this.lastRead = clock.instant();
        this.queueName = queueName;
        this.waitSeconds = waitSeconds;
        this.subscribers = subscribers;
    }

    @Override
    public void run() {
        try {
            String queueUrl = null;
            while (running) {
                try {
                    if (queueUrl == null) {
                        queueUrl = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
                    }
                    poll(queueUrl);
                    lastRead = clock.instant();
                    lastFailure = null;
                } catch (RuntimeException e) {
                    lastFailure = e.toString();
                    if (running) {
                        log.warn("reading queue {} failed; trying again in {} ms: {}", queueName, RETRY_MILLIS, e.toString());
                        pause();
                    }
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    private void poll(String queueUrl) {
        var url = queueUrl;
        var messages = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(MAX_MESSAGES)
                .messageAttributeNames(MessageSeal.ATTRIBUTE).waitTimeSeconds(waitSeconds)).messages();
        if (messages.isEmpty()) {
            return;
        }
        var done = new ArrayList<DeleteMessageBatchRequestEntry>();
        for (Message message : messages) {
            // a message the platform did not seal came from whoever could reach the queue: no subscriber sees it
            var event = seal.isSealed(message) ? QueuedEvent.fromBody(message.body()) : Optional.<QueuedEvent>empty();
            if (event.isPresent()) {
                subscribers.deliver(event.get());
            } else {
                // nothing but the publisher writes here; a stranger's message would come back forever
                log.warn("message {} on {} is no event of this platform's; deleted", message.messageId(), queueName);
            }
            done.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(done.size())).receiptHandle(message.receiptHandle()).build());
        }
        var result = sqs.deleteMessageBatch(b -> b.queueUrl(url).entries(done));
        if (result.hasFailed() && !result.failed().isEmpty()) {
            log.warn("{} events could not be deleted from {} and will come again: {}", result.failed().size(), queueName, result.failed());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * Why the feed is not reading its queue, if it is not: its last receive failed, or none ended within
     * two long polls (of its start, at first). Empty when healthy; asks nothing of SQS, so health checks
     * cost no request.
     */
    Optional<String> problem() {
        var failure = lastFailure;
        if (failure != null) {
            return Optional.of(failure);
        }
        var read = lastRead;
        if (read.isBefore(clock.instant().minusSeconds(2L * waitSeconds + 5))) {
            return Optional.of("no receive from " + queueName + " ended since " + read);
        }
        return Optional.empty();
    }

    /** Stops after the receive in flight, waiting at most that receive's wait and a margin. */
    void stop(Thread thread) {
        running = false;
        thread.interrupt();
        try {
            if (!stopped.await(waitSeconds + 5L, TimeUnit.SECONDS)) {
                log.warn("the event feed of {} did not stop in time", queueName);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
