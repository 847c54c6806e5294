package org.openluna.workers;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openluna.shared.queues.MessageSeal;

/** What every queue's handler does with its batch: check each message's seal, and name the ones to try again. */
final class BatchItems {
    private BatchItems() {}

    /** Whether the platform sealed this message; whoever could write to a queue cannot make the platform act. */
    static boolean isSealed(SQSEvent.SQSMessage message, MessageSeal seal) {
        var attribute = message.getMessageAttributes() == null ? null : message.getMessageAttributes().get(MessageSeal.ATTRIBUTE);
        return seal.holds(message.getBody(), attribute == null ? null : attribute.getStringValue());
    }

    /** A partial batch response: the messages named come back after their visibility timeout, the others are deleted. */
    static SQSBatchResponse failed(Collection<String> messageIds) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        messageIds.forEach(id -> failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(id).build()));
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    /** How many times SQS has handed this message out, this time included. */
    static int receiveCount(SQSEvent.SQSMessage message) {
        var count = message.getAttributes() == null ? null : message.getAttributes().get("ApproximateReceiveCount");
        return count == null ? 1 : Integer.parseInt(count);
    }

    /**
     * Fails the function's start when Micronaut injected nothing, as when its bean definitions were not
     * found: the handler would otherwise fail each message one by one, with a null where a bean should be.
     */
    static void requireInjected(Object... beans) {
        for (var bean : beans) {
            if (bean == null) {
                throw new IllegalStateException("the handler's beans were not injected: Micronaut found no bean definitions on the class path");
            }
        }
    }
}
