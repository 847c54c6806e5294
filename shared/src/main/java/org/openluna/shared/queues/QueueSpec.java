package org.openluna.shared.queues;

import java.util.Objects;
import java.util.Optional;

/**
 * A queue and how work is taken from it, the same wherever the platform runs: Terraform makes it on
 * AWS with these attributes and event source mapping, the launcher makes it in ElasticMQ and plays the
 * mapping itself. A queue with {@code maxReceiveCount > 0} has a dead-letter queue that takes a
 * message after that many receives.
 *
 * @param visibilityTimeoutSeconds how long a received message stays hidden; at least its consumer's time limit
 * @param consumerTimeoutSeconds the time limit of the function that consumes it (Lambda's timeout); 0 when no function does
 * @param batchSize how many messages one invocation takes; 0 when no function consumes it
 * @param retentionSeconds how long an unconsumed message is kept
 */
public record QueueSpec(String name, int visibilityTimeoutSeconds, int consumerTimeoutSeconds, int batchSize, int maxReceiveCount,
                        int retentionSeconds) {
    public static final String DEAD_LETTER_SUFFIX = "-dlq";
    /** How many times a task's plan or part is tried before its message waits in the dead-letter queue. */
    public static final int TASK_MAX_RECEIVES = 5;
    /** How long a dead letter waits for someone to look at it: SQS's longest. */
    public static final int DEAD_LETTER_RETENTION_SECONDS = 14 * 24 * 3600;

    public QueueSpec {
        Objects.requireNonNull(name, "name");
        if (consumerTimeoutSeconds > visibilityTimeoutSeconds) {
            throw new IllegalArgumentException(name + ": a message must stay hidden at least as long as its consumer may run");
        }
    }

    public Optional<String> deadLetterQueue() {
        return maxReceiveCount > 0 ? Optional.of(name + DEAD_LETTER_SUFFIX) : Optional.empty();
    }

    public boolean hasConsumerFunction() {
        return batchSize > 0;
    }
}
