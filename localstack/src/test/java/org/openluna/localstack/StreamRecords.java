package org.openluna.localstack;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The records of a DynamoDB stream about one item, read from the start of every shard as the matcher will. */
final class StreamRecords {
    private StreamRecords() {}

    static List<Record> of(DynamoDbStreamsClient streams, String streamArn, String keyName, String keyValue) {
        var found = new ArrayList<Record>();
        var shards = streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards();
        for (var shard : shards) {
            var iterator = streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (iterator != null) {
                var from = iterator;
                var page = streams.getRecords(b -> b.shardIterator(from));
                page.records().stream().filter(r -> keyValue.equals(r.dynamodb().keys().get(keyName).s())).forEach(found::add);
                // an open shard always hands out a next iterator; an empty page means we are at its end
                iterator = page.records().isEmpty() ? null : page.nextShardIterator();
            }
        }
        return found;
    }
}
