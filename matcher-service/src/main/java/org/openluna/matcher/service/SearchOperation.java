package org.openluna.matcher.service;

import java.util.ArrayList;
import java.util.List;
import org.openluna.matcher.Matcher;
import org.openluna.matcher.SearchScope;
import org.openluna.matcher.search.Match;
import org.openluna.matcher.search.SearchRequest;
import org.openluna.protocol.matcher.FoundFace;
import org.openluna.protocol.matcher.SearchFacesRequest;
import org.openluna.protocol.matcher.SearchFacesResponse;
import org.openluna.shared.descriptors.Descriptor;

/** {@code POST /1/search}: the protocol's request turned into a search of one account, and its matches back. */
final class SearchOperation {
    /** A search of given faces names at most this many; more belong in a list. */
    static final int MAX_GIVEN_FACES = 10_000;
    /** Queries searched together in one request: one pass over the rows serves them all. */
    static final int MAX_QUERIES = 1_024;

    private final Matcher matcher;

    SearchOperation(Matcher matcher) {
        this.matcher = matcher;
    }

    /** A request the service cannot run (a bad descriptor, limit or threshold) is an {@link IllegalArgumentException}. */
    SearchFacesResponse run(SearchFacesRequest request) {
        if (request.descriptors().isEmpty() || request.descriptors().size() > MAX_QUERIES) {
            throw new IllegalArgumentException("a search takes 1 to " + MAX_QUERIES + " descriptors, not " + request.descriptors().size());
        }
        if (request.faceIds() != null && request.faceIds().size() > MAX_GIVEN_FACES) {
            throw new IllegalArgumentException("a search of given faces takes at most " + MAX_GIVEN_FACES + " of them");
        }
        var queries = new ArrayList<Descriptor>(request.descriptors().size());
        for (byte[] bytes : request.descriptors()) {
            if (bytes == null || bytes.length != Descriptor.DIMENSIONS) {
                throw new IllegalArgumentException("a descriptor has " + Descriptor.DIMENSIONS + " bytes");
            }
            queries.add(Descriptor.fromInt8(bytes));
        }
        var search = new SearchRequest(queries, request.limit(), request.threshold());
        var found = matcher.search(request.accountId(), scopeOf(request), search);
        return new SearchFacesResponse(found.stream().map(SearchOperation::wire).toList());
    }

    private static SearchScope scopeOf(SearchFacesRequest request) {
        if (request.faceIds() != null) {
            return SearchScope.faces(request.faceIds());
        }
        return request.listId() != null ? SearchScope.list(request.listId()) : SearchScope.everyFace();
    }

    private static List<FoundFace> wire(List<Match> matches) {
        return matches.stream().map(m -> new FoundFace(m.faceId(), m.similarity())).toList();
    }
}
