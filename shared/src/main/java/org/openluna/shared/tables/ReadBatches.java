package org.openluna.shared.tables;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Ids cut into lists of at most the 100 keys one DynamoDB batch read takes, lazily, so that a reader
 * who stops early reads no further batch than it needs.
 */
public final class ReadBatches {
    public static final int SIZE = Batches.READ_BATCH;

    private ReadBatches() {}

    public static <T> Stream<List<T>> of(Iterator<T> items) {
        var batches = new Iterator<List<T>>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public List<T> next() {
                if (!items.hasNext()) {
                    throw new NoSuchElementException();
                }
                var batch = new ArrayList<T>(SIZE);
                while (items.hasNext() && batch.size() < SIZE) {
                    batch.add(items.next());
                }
                return batch;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, 0), false);
    }
}
