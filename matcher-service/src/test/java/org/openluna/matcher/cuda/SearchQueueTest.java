package org.openluna.matcher.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openluna.matcher.RandomDescriptors;
import org.openluna.matcher.rows.CandidateRows;
import org.openluna.matcher.rows.RowStore;
import org.openluna.matcher.search.SearchRequest;

class SearchQueueTest {
    private final RandomDescriptors random = new RandomDescriptors(15);
    private final RowStore account = storeOf(100);
    private final RowStore list = storeOf(10);

    private RowStore storeOf(int faces) {
        var store = new RowStore();
        for (int i = 0; i < faces; i++) {
            store.append(random.faceId(), random.next().int8());
        }
        return store;
    }

    private SearchRequest request(int queries) {
        return new SearchRequest(random.next(queries), 10, 0);
    }

    @Test
    void searchesWaitingOverTheSameRowsGoTogetherInTheOrderTheyCame() throws Exception {
        var queue = new SearchQueue(1_024);
        var everyFace = CandidateRows.of(account);
        queue.submit(everyFace, request(1));
        queue.submit(CandidateRows.of(list), request(1));
        queue.submit(new CandidateRows(everyFace.ranges(), false, 7), request(3));

        List<SearchQueue.Pending> first = queue.next(1, TimeUnit.SECONDS);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).queries()).isEqualTo(1);
        // a later removal sequence is the later search's own: its queries keep it
        assertThat(first.get(1).candidates().removedUpTo()).isEqualTo(7);
        List<SearchQueue.Pending> second = queue.next(1, TimeUnit.SECONDS);
        assertThat(second).singleElement().satisfies(pending -> assertThat(pending.candidates().ranges()).isEqualTo(CandidateRows.of(list).ranges()));
        assertThat(queue.next(10, TimeUnit.MILLISECONDS)).isEmpty();
    }

    @Test
    void aBatchTakesNoMoreQueriesThanTheGpuSearchesInOnePass() throws Exception {
        var queue = new SearchQueue(8);
        var rows = CandidateRows.of(account);
        queue.submit(rows, request(5));
        queue.submit(rows, request(4));
        queue.submit(rows, request(3));
        assertThat(queue.next(1, TimeUnit.SECONDS)).extracting(SearchQueue.Pending::queries).containsExactly(5, 3);
        assertThat(queue.next(1, TimeUnit.SECONDS)).extracting(SearchQueue.Pending::queries).containsExactly(4);
    }

    @Test
    void searchesOverRowsThatMayRepeatFacesGoApartFromThoseThatMayNot() throws Exception {
        var queue = new SearchQueue(1_024);
        var rows = CandidateRows.of(account);
        queue.submit(rows, request(1));
        queue.submit(new CandidateRows(rows.ranges(), true, Long.MAX_VALUE), request(1));
        assertThat(queue.next(1, TimeUnit.SECONDS)).hasSize(1);
        assertThat(queue.next(1, TimeUnit.SECONDS)).hasSize(1);
    }

    @Test
    void closingFailsEverySearchStillWaiting() {
        var queue = new SearchQueue(1_024);
        var answer = queue.submit(CandidateRows.of(account), request(1));
        queue.failAll(new IllegalStateException("closed"));
        assertThat(answer).isCompletedExceptionally();
    }
}
