package org.openluna.shared.tables;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * One DynamoDB transaction, retried while it only met another transaction on the same items (DynamoDB
 * refuses rather than waits), and its failed conditions told apart from that.
 */
final class Transactions {
    /** DynamoDB's limit of actions in one transaction. */
    static final int MAX_ACTIONS = 100;
    static final int MAX_ATTEMPTS = 8;
    /** Reasons of a cancellation that a later attempt may not meet. */
    private static final java.util.Set<String> PASSING = java.util.Set.of("TransactionConflict", "ThrottlingError",
            "ProvisionedThroughputExceeded");

    private Transactions() {}

    /**
     * Writes all the actions or none.
     *
     * @return the positions of the actions whose condition failed; empty when the transaction was written
     */
    static List<Integer> write(DynamoDbClient dynamo, List<TransactWriteItem> actions) {
        if (actions.size() > MAX_ACTIONS) {
            throw new IllegalArgumentException(actions.size() + " actions in one transaction; DynamoDB takes " + MAX_ACTIONS);
        }
        for (int attempt = 0; ; attempt++) {
            Batches.pauseBeforeRetry(attempt);
            try {
                dynamo.transactWriteItems(b -> b.transactItems(actions));
                return List.of();
            } catch (TransactionCanceledException e) {
                var failed = new ArrayList<Integer>();
                var reasons = e.cancellationReasons();
                for (int i = 0; i < reasons.size(); i++) {
                    if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
                        failed.add(i);
                    }
                }
                if (!failed.isEmpty()) {
                    return failed;
                }
                boolean passing = reasons.stream().anyMatch(r -> PASSING.contains(r.code()));
                if (!passing || attempt + 1 == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
