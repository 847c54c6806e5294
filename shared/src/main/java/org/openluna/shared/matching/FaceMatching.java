package org.openluna.shared.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;

/**
 * {@code POST /6/matcher/faces} (seed l.2431-2516): every reference resolved first, then every
 * candidate set searched once for all the references together (the matcher reads its rows once for
 * a batch), and the answer assembled reference by reference.
 */
public final class FaceMatching {
    private final ReferenceDescriptors references;
    private final FaceCandidateSearch faces;
    private final AttributeCandidateSearch attributes;
    private final EventCandidateSearch events;

    public FaceMatching(ReferenceDescriptors references, FaceCandidateSearch faces, AttributeCandidateSearch attributes,
                        EventCandidateSearch events) {
        this.references = references;
        this.faces = faces;
        this.attributes = attributes;
        this.events = events;
    }

    public List<ReferenceMatches> match(UUID account, MatchRequest request, ReferenceDescriptors.SampleDescriber samples) {
        var resolved = references.resolve(account, request.references(), samples);
        List<Descriptor> queries = resolved.stream().map(ResolvedReference::descriptor).toList();
        var perCandidates = new ArrayList<List<? extends List<? extends CandidateMatch>>>(request.candidates().size());
        for (var candidates : request.candidates()) {
            perCandidates.add(switch (candidates) {
                case MatchCandidates.Faces f -> faces.search(account, queries, f);
                case MatchCandidates.Attributes a -> attributes.search(account, queries, a);
                case MatchCandidates.Events e -> events.search(account, queries, e);
            });
        }
        var answer = new ArrayList<ReferenceMatches>(resolved.size());
        for (int r = 0; r < resolved.size(); r++) {
            var matches = new ArrayList<CandidateMatches>(request.candidates().size());
            for (int c = 0; c < request.candidates().size(); c++) {
                matches.add(new CandidateMatches(request.candidates().get(c), List.copyOf(perCandidates.get(c).get(r))));
            }
            answer.add(new ReferenceMatches(resolved.get(r), matches));
        }
        return answer;
    }
}
