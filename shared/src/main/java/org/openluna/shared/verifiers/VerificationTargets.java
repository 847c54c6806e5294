package org.openluna.shared.verifiers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.attributes.TemporaryAttribute;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.StoredFace;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.verifiers.VerificationTarget.Kind;

/**
 * Finds the descriptor of every object a verification names, in the account the request acts in,
 * before any image is looked at: one that is not there (another account's included), or has no
 * descriptor, refuses the whole request, as a match reference does (ADR 0010), so nothing is stored.
 * An external id stands for every face of the account that has it; a face listed twice is compared once.
 */
public final class VerificationTargets {
    private final FacesTable faces;
    private final TemporaryAttributes attributes;
    private final Events events;

    public VerificationTargets(FacesTable faces, TemporaryAttributes attributes, Events events) {
        this.faces = faces;
        this.attributes = attributes;
        this.events = events;
    }

    /** Faces by id, then by external id, then attributes, then events, each in the order named. */
    public List<VerificationTarget> resolve(UUID account, VerificationReferences references) {
        var faceIds = new LinkedHashSet<UUID>(references.faceIds());
        int named = faceIds.size();
        for (var externalId : references.externalIds()) {
            var found = faces.withExternalId(account, externalId, new TimeRange(null, null), VerificationReferences.MAX_IDS + 1)
                    .limit(VerificationReferences.MAX_IDS + 1).map(Face::faceId).toList();
            if (found.isEmpty()) {
                throw new LunaException(ErrorCode.FACE_EXTERNAL_ID_NOT_FOUND, externalId);
            }
            faceIds.addAll(found);
            if (faceIds.size() + references.attributeIds().size() > VerificationReferences.MAX_IDS) {
                throw VerificationReferences.tooMany();
            }
        }
        var stored = faceIds.isEmpty() ? Map.<UUID, StoredFace>of()
                : faces.getAllWithAttributes(account, faceIds).stream().collect(Collectors.toMap(f -> f.face().faceId(), Function.identity()));
        var targets = new ArrayList<VerificationTarget>(faceIds.size() + references.attributeIds().size());
        int position = 0;
        for (var faceId : faceIds) {
            var face = stored.get(faceId);
            boolean byId = position++ < named;
            if (face == null && byId) {
                throw new LunaException(ErrorCode.FACE_NOT_FOUND, faceId);
            }
            if (face != null) {
                // a face found by its external id and deleted since is left out: the index lags the table a little on AWS
                targets.add(new VerificationTarget(Kind.FACE, faceId, descriptorOf(face)));
            }
        }
        targets.addAll(attributeTargets(account, references.attributeIds()));
        targets.addAll(eventTargets(account, references.eventIds()));
        if (targets.isEmpty()) {
            throw new LunaException(ErrorCode.FACE_EXTERNAL_ID_NOT_FOUND, references.externalIds().getFirst());
        }
        return targets;
    }

    private List<VerificationTarget> attributeTargets(UUID account, List<UUID> attributeIds) {
        if (attributeIds.isEmpty()) {
            return List.of();
        }
        var found = attributes.findAll(account, attributeIds).stream()
                .collect(Collectors.toMap(TemporaryAttribute::attributeId, Function.identity()));
        var targets = new ArrayList<VerificationTarget>(attributeIds.size());
        for (var id : attributeIds) {
            var attribute = found.get(id);
            if (attribute == null) {
                throw new LunaException(ErrorCode.ATTRIBUTE_NOT_FOUND, id);
            }
            var descriptor = attribute.attribute().faceDescriptor()
                    .orElseThrow(() -> new LunaException(ErrorCode.NO_DESCRIPTOR_TO_MATCH, "Attribute", id));
            targets.add(new VerificationTarget(Kind.ATTRIBUTE, id, descriptor));
        }
        return targets;
    }

    /** Events by id, each with the descriptor it keeps (ADR 0013); one of another account answers as a missing one. */
    private List<VerificationTarget> eventTargets(UUID account, List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        var found = events.getAll(account, eventIds).stream().collect(Collectors.toMap(StoredEvent::eventId, Function.identity()));
        var targets = new ArrayList<VerificationTarget>(eventIds.size());
        for (var id : new LinkedHashSet<>(eventIds)) {
            var event = found.get(id);
            if (event == null) {
                throw new LunaException(ErrorCode.EVENT_NOT_FOUND, id);
            }
            if (event.descriptor() == null) {
                throw new LunaException(ErrorCode.NO_DESCRIPTOR_TO_MATCH, "Event", id);
            }
            targets.add(new VerificationTarget(Kind.EVENT, id, event.descriptor()));
        }
        return targets;
    }

    private static Descriptor descriptorOf(StoredFace face) {
        return face.attribute().flatMap(record -> record.attribute().faceDescriptor())
                .orElseThrow(() -> new LunaException(ErrorCode.NO_DESCRIPTOR_TO_MATCH, "Face", face.face().faceId()));
    }
}
