package org.openluna.shared.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams each already in one order merged into one stream in that order, lazily: a page of events
 * of several handlers reads from each handler's index only as far as the page needs.
 */
final class SortedMerge {
    private SortedMerge() {}

    static <T> Stream<T> of(List<Stream<T>> streams, Comparator<T> order) {
        if (streams.size() == 1) {
            return streams.getFirst();
        }
        record Head<T>(T item, Iterator<T> rest) {}
        var heads = new PriorityQueue<Head<T>>(Math.max(1, streams.size()), (a, b) -> order.compare(a.item(), b.item()));
        var iterators = new ArrayList<Iterator<T>>();
        streams.forEach(s -> iterators.add(s.iterator()));
        var merged = new Iterator<T>() {
            private boolean started;

            private void start() {
                if (!started) {
                    started = true;
                    iterators.forEach(it -> {
                        if (it.hasNext()) {
                            heads.add(new Head<>(it.next(), it));
                        }
                    });
                }
            }

            @Override
            public boolean hasNext() {
                start();
                return !heads.isEmpty();
            }

            @Override
            public T next() {
                start();
                var head = heads.poll();
                if (head == null) {
                    throw new NoSuchElementException();
                }
                if (head.rest().hasNext()) {
                    heads.add(new Head<>(head.rest().next(), head.rest()));
                }
                return head.item();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, 0), false)
                .onClose(() -> streams.forEach(Stream::close));
    }
}
