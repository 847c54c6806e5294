package org.openluna.shared.verifiers;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.faces.FaceFields;

/**
 * What the faces of a verification's input are verified against, as its query names them (seed
 * l.11831-11834): faces, temporary attributes, faces by external id, events. At least one is needed,
 * and at most {@value #MAX_IDS} ids in all (ours: the seed prints no bound, and a verification is a
 * check against a few known people, not a search).
 */
public record VerificationReferences(List<UUID> faceIds, List<UUID> attributeIds, List<String> externalIds, List<UUID> eventIds) {
    public static final int MAX_IDS = 100;
    static final String ANY = "face_ids, attribute_ids, external_ids, event_ids";

    public VerificationReferences {
        faceIds = List.copyOf(faceIds);
        attributeIds = List.copyOf(attributeIds);
        externalIds = List.copyOf(externalIds);
        eventIds = List.copyOf(eventIds);
    }

    public static VerificationReferences from(QueryParams query) {
        var externalIds = query.list("external_ids", Set.of()).orElse(List.of());
        externalIds.forEach(id -> {
            if (id.length() > FaceFields.MAX_EXTERNAL_ID) {
                throw QueryParams.bad("external_ids");
            }
        });
        var references = new VerificationReferences(query.uuids("face_ids").orElse(List.of()),
                query.uuids("attribute_ids").orElse(List.of()), externalIds, query.uuids("event_ids").orElse(List.of()));
        if (references.size() == 0) {
            throw new LunaException(ErrorCode.REQUIRED_QUERY_PARAMETER, ANY);
        }
        if (references.size() > MAX_IDS) {
            throw new LunaException(ErrorCode.BAD_QUERY_PARAMETER, ANY + " (at most " + MAX_IDS + " ids in all)");
        }
        return references;
    }

    public int size() {
        return faceIds.size() + attributeIds.size() + externalIds.size() + eventIds.size();
    }

    /** Whether faces are read, by id or by external id. */
    public boolean namesFaces() {
        return !faceIds.isEmpty() || !externalIds.isEmpty();
    }

    public boolean namesAttributes() {
        return !attributeIds.isEmpty();
    }

    public boolean namesEvents() {
        return !eventIds.isEmpty();
    }

    /** External ids that name more faces than a verification takes, with the other ids. */
    static LunaException tooMany() {
        return new LunaException(ErrorCode.BAD_QUERY_PARAMETER, "external_ids (at most " + MAX_IDS + " faces with the other ids)");
    }
}
