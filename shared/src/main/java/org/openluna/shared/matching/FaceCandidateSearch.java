package org.openluna.shared.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.protocol.ProtocolException;
import org.openluna.protocol.matcher.FoundFace;
import org.openluna.protocol.matcher.MatcherClient;
import org.openluna.protocol.matcher.SearchFacesRequest;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.FaceFilter;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.faces.StoredFace;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.ListsTable;

/**
 * Faces of the account as candidates: the matcher service finds the best ones in memory, and every
 * face it names is then read from the table, consistently, before it is answered (ADR 0010).
 *
 * <p>The matcher follows the table through its stream, a moment behind. The read closes that gap for
 * everything a search must never show: a face deleted, detached from the list, or moved to another
 * account before the search is not returned, whatever the matcher still holds, and the similarity is
 * computed again on the descriptor the face holds now. A face the stream has not yet brought to the
 * matcher is missing from the answer until it has (milliseconds on DynamoDB Local, about a second on AWS).
 *
 * <p>Filters the matcher does not know (user data, creation time, id bounds, external ids) are
 * checked on the same read. When they, or the gap, leave fewer than {@code limit} faces, the matcher
 * is asked for more, four times as many each time; past {@link #MAX_WIDENED} the candidates are
 * listed from the table instead and searched by id, so the answer is exact whatever the filter keeps.
 */
public final class FaceCandidateSearch {
    /** The most faces one search names: the matcher service's bound on a search of given faces. */
    static final int MAX_WIDENED = 10_000;
    private static final String SERVICE = "matcher";

    private final MatcherClient matcher;
    private final FacesTable table;
    private final ListsTable lists;
    private final Faces faces;

    public FaceCandidateSearch(MatcherClient matcher, FacesTable table, ListsTable lists, Faces faces) {
        this.matcher = matcher;
        this.table = table;
        this.lists = lists;
        this.faces = faces;
    }

    /** For each query, in order, its best faces of the candidate set, at or above the threshold. */
    public List<List<FaceMatch>> search(UUID account, List<Descriptor> queries, MatchCandidates.Faces candidates) {
        var filter = candidates.filter();
        // a list of another account, or one being deleted, is as good as missing: no candidates, no error (seed l.2436)
        if (candidates.excludesCaller() || (filter.listId() != null && lists.get(account, filter.listId()).isEmpty())) {
            return queries.stream().map(q -> List.<FaceMatch>of()).toList();
        }
        var run = new Run(account, queries, candidates);
        var given = givenIds(account, filter);
        return given != null ? run.amongGiven(given) : run.widening();
    }

    /** The faces the filter names by id or external id; null when it names none and the matcher's index is the source. */
    private List<UUID> givenIds(UUID account, FaceFilter filter) {
        if (filter.faceIds() != null) {
            return filter.faceIds();
        }
        if (filter.externalIds() == null) {
            return null;
        }
        var ids = new LinkedHashSet<UUID>();
        for (var externalId : filter.externalIds()) {
            table.withExternalId(account, externalId, filter.createTime(), 100).forEach(face -> ids.add(face.faceId()));
        }
        return List.copyOf(ids);
    }

    /** One search: its queries in wire form, and the faces read so far (null for a face that is gone). */
    private final class Run {
        private final UUID account;
        private final List<Descriptor> queries;
        private final List<byte[]> wire;
        private final MatchCandidates.Faces candidates;
        private final Map<UUID, StoredFace> read = new HashMap<>();

        Run(UUID account, List<Descriptor> queries, MatchCandidates.Faces candidates) {
            this.account = account;
            this.queries = queries;
            this.wire = queries.stream().map(Descriptor::int8).toList();
            this.candidates = candidates;
        }

        /** The index of the list or the account, asked for more until enough faces pass or it has no more. */
        List<List<FaceMatch>> widening() {
            int limit = candidates.limit();
            int asked = limit;
            while (true) {
                var listId = candidates.filter().listId();
                var request = listId != null
                        ? SearchFacesRequest.list(account, listId, wire, asked, candidates.threshold())
                        : SearchFacesRequest.everyFace(account, wire, asked, candidates.threshold());
                var found = search(request);
                var passed = check(found);
                boolean complete = true;
                for (int q = 0; q < queries.size(); q++) {
                    complete &= passed.get(q).size() >= limit || found.get(q).size() < asked;
                }
                if (complete) {
                    return trimmed(passed);
                }
                if (asked >= MAX_WIDENED) {
                    return amongGiven(faces.every(account, candidates.filter()).map(Face::faceId).toList());
                }
                asked = Math.min(MAX_WIDENED, asked * 4);
            }
        }

        /** Given faces, searched by id in parts the matcher takes, every one kept that passes. */
        List<List<FaceMatch>> amongGiven(List<UUID> ids) {
            var passed = new ArrayList<List<FaceMatch>>();
            queries.forEach(q -> passed.add(new ArrayList<>()));
            for (int from = 0; from < ids.size(); from += MAX_WIDENED) {
                var part = ids.subList(from, Math.min(ids.size(), from + MAX_WIDENED));
                var found = search(SearchFacesRequest.faces(account, part, wire, part.size(), candidates.threshold()));
                var checked = check(found);
                for (int q = 0; q < queries.size(); q++) {
                    var best = passed.get(q);
                    best.addAll(checked.get(q));
                    best.sort(CandidateMatch.BEST_FIRST);
                    best.subList(Math.min(candidates.limit(), best.size()), best.size()).clear();
                }
                read.clear();
            }
            return trimmed(passed);
        }

        private List<List<FoundFace>> search(SearchFacesRequest request) {
            try {
                return matcher.search(request).matches();
            } catch (ProtocolException e) {
                throw new LunaException(ErrorCode.SERVICE_UNAVAILABLE, e, SERVICE);
            }
        }

        /** The found faces that still exist, hold a descriptor and pass the filter, with their similarity now, best first. */
        private List<List<FaceMatch>> check(List<List<FoundFace>> found) {
            var unread = new LinkedHashSet<UUID>();
            found.forEach(matches -> matches.forEach(m -> {
                if (!read.containsKey(m.faceId())) {
                    unread.add(m.faceId());
                }
            }));
            if (!unread.isEmpty()) {
                unread.forEach(id -> read.put(id, null));
                table.getAllWithAttributes(account, unread).forEach(face -> read.put(face.face().faceId(), face));
            }
            var checked = new ArrayList<List<FaceMatch>>(queries.size());
            for (int q = 0; q < queries.size(); q++) {
                var query = queries.get(q);
                var passed = new ArrayList<FaceMatch>();
                for (var match : found.get(q)) {
                    var face = read.get(match.faceId());
                    if (face == null || !candidates.filter().matches(face.face())) {
                        continue;
                    }
                    var descriptor = ReferenceDescriptors.descriptorOf(face);
                    if (descriptor.isEmpty()) {
                        continue;
                    }
                    double similarity = query.similarityTo(descriptor.get());
                    if (similarity >= candidates.threshold()) {
                        passed.add(new FaceMatch(face.face(), similarity));
                    }
                }
                passed.sort(CandidateMatch.BEST_FIRST);
                checked.add(passed);
            }
            return checked;
        }

        private List<List<FaceMatch>> trimmed(List<List<FaceMatch>> passed) {
            return passed.stream().map(list -> List.copyOf(list.subList(0, Math.min(candidates.limit(), list.size())))).toList();
        }
    }
}
