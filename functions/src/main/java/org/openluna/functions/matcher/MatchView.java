package org.openluna.functions.matcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.shared.api.Targets;
import org.openluna.shared.api.Times;
import org.openluna.shared.matching.AttributeMatch;
import org.openluna.shared.matching.CandidateMatch;
import org.openluna.shared.matching.CandidateMatches;
import org.openluna.shared.matching.EventMatch;
import org.openluna.shared.matching.FaceMatch;
import org.openluna.shared.matching.MatchReference;
import org.openluna.shared.matching.ReferenceMatches;

/**
 * The answer of {@code POST /6/matcher/faces} as the seed prints it (l.2479-2516): per reference, the
 * reference as given ({@code face_id} added for an external id, as the seed adds {@code event_id} to
 * an event's), and per candidate set its {@code result} and the {@code filters} it ran with. Each
 * result holds the candidate's fields among the set's targets, and {@code similarity} if targeted.
 */
final class MatchView {
    private MatchView() {}

    static List<Map<String, Object>> render(List<ReferenceMatches> answer) {
        return answer.stream().map(MatchView::reference).toList();
    }

    private static Map<String, Object> reference(ReferenceMatches matches) {
        var resolved = matches.reference();
        var reference = new LinkedHashMap<String, Object>();
        reference.put("id", resolved.reference().id());
        reference.put("type", resolved.reference().type());
        if (resolved.namedId() != null) {
            reference.put(resolved.reference() instanceof MatchReference.EventExternalId ? "event_id" : "face_id", resolved.namedId());
        }
        var view = new LinkedHashMap<String, Object>();
        view.put("reference", reference);
        view.put("matches", matches.matches().stream().map(MatchView::candidates).toList());
        return view;
    }

    private static Map<String, Object> candidates(CandidateMatches matches) {
        var targets = new Targets(matches.candidates().targets());
        var view = new LinkedHashMap<String, Object>();
        view.put("result", matches.result().stream().map(match -> result(match, targets)).toList());
        view.put("filters", matches.candidates().filtersEcho());
        return view;
    }

    private static Map<String, Object> result(CandidateMatch match, Targets targets) {
        var view = new LinkedHashMap<String, Object>();
        switch (match) {
            case FaceMatch face -> view.put("face", targets.select(face(face)));
            case AttributeMatch attribute -> view.put("attribute", targets.select(attribute(attribute)));
            case EventMatch event -> view.put("event", targets.select(event(event)));
        }
        if (targets.fields().contains("similarity")) {
            view.put("similarity", match.similarity());
        }
        return view;
    }

    private static Map<String, Object> face(FaceMatch match) {
        var face = match.face();
        var view = new LinkedHashMap<String, Object>();
        view.put("face_id", face.faceId());
        view.put("account_id", face.accountId());
        view.put("event_id", face.fields().eventId());
        view.put("user_data", face.fields().userData());
        view.put("create_time", Times.format(face.createTime()));
        view.put("external_id", face.fields().externalId());
        view.put("avatar", face.fields().avatar());
        view.put("lists", face.lists());
        return view;
    }

    /** An event candidate as the seed's matching examples show one (l.2560-2580, l.6330-6338). */
    private static Map<String, Object> event(EventMatch match) {
        var event = match.event();
        var view = new LinkedHashMap<String, Object>();
        view.put("event_id", event.eventId());
        view.put("external_id", event.externalId());
        view.put("user_data", event.userData());
        view.put("create_time", Times.format(event.createTime()));
        view.put("handler_id", event.handlerId());
        view.put("source", event.source());
        view.put("stream_id", event.streamId());
        return view;
    }

    private static Map<String, Object> attribute(AttributeMatch match) {
        var attribute = match.attribute();
        var view = new LinkedHashMap<String, Object>();
        view.put("attribute_id", attribute.attributeId());
        view.put("account_id", attribute.accountId());
        view.put("create_time", Times.format(attribute.createTime()));
        return view;
    }
}
