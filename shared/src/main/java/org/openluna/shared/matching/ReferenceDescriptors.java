package org.openluna.shared.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.StoredFace;
import org.openluna.shared.tables.FacesTable;

/**
 * Finds the descriptor of each reference, in the account the request acts in: a reference that does
 * not exist there, or has no descriptor, refuses the whole request (seed l.2437), before any search.
 */
public final class ReferenceDescriptors {
    /** Describes stored face samples of an account, one descriptor per sample in order; the inference service's job. */
    @FunctionalInterface
    public interface SampleDescriber {
        List<Descriptor> describe(UUID account, List<UUID> sampleIds);
    }

    private final FacesTable faces;
    private final TemporaryAttributes attributes;
    private final Events events;

    public ReferenceDescriptors(FacesTable faces, TemporaryAttributes attributes, Events events) {
        this.faces = faces;
        this.attributes = attributes;
        this.events = events;
    }

    /** Every reference resolved, in order; samples are described together, in one call. */
    public List<ResolvedReference> resolve(UUID account, List<MatchReference> references, SampleDescriber samples) {
        var sampleIds = references.stream().filter(r -> r instanceof MatchReference.Sample)
                .map(r -> ((MatchReference.Sample) r).sampleId()).distinct().toList();
        var described = sampleIds.isEmpty() ? List.<Descriptor>of() : samples.describe(account, sampleIds);
        var resolved = new ArrayList<ResolvedReference>(references.size());
        for (var reference : references) {
            resolved.add(switch (reference) {
                case MatchReference.Face face -> new ResolvedReference(reference, null,
                        ofFace(account, face.faceId(), () -> new LunaException(ErrorCode.FACE_NOT_FOUND, face.faceId())));
                case MatchReference.Attribute attribute -> new ResolvedReference(reference, null, ofAttribute(account, attribute.attributeId()));
                case MatchReference.FaceExternalId external -> {
                    var faceId = faceWithExternalId(account, external.externalId());
                    // the external id index lags the table a little on AWS: a face gone since is not found by its id either
                    yield new ResolvedReference(reference, faceId, ofFace(account, faceId,
                            () -> new LunaException(ErrorCode.FACE_EXTERNAL_ID_NOT_FOUND, external.externalId())));
                }
                case MatchReference.Sample sample -> new ResolvedReference(reference, null, described.get(sampleIds.indexOf(sample.sampleId())));
                case MatchReference.Event event -> new ResolvedReference(reference, null, ofEvent(account, event.eventId()));
                case MatchReference.EventExternalId external -> {
                    var event = eventWithExternalId(account, external.externalId());
                    yield new ResolvedReference(reference, event.eventId(), descriptorOf(event));
                }
                case MatchReference.Given given -> new ResolvedReference(reference, null, given.entity().descriptor());
            });
        }
        return resolved;
    }

    private Descriptor ofFace(UUID account, UUID faceId, Supplier<LunaException> notFound) {
        var face = faces.getWithAttribute(account, faceId).orElseThrow(notFound);
        return descriptorOf(face).orElseThrow(() -> new LunaException(ErrorCode.NO_DESCRIPTOR_TO_MATCH, "Face", faceId));
    }

    /** An event of another account, or one not yet written from the buffer, answers as a missing one (22030). */
    private Descriptor ofEvent(UUID account, UUID eventId) {
        return descriptorOf(events.get(account, eventId));
    }

    private static Descriptor descriptorOf(StoredEvent event) {
        if (event.descriptor() == null) {
            throw new LunaException(ErrorCode.NO_DESCRIPTOR_TO_MATCH, "Event", event.eventId());
        }
        return event.descriptor();
    }

    /** As with faces, two events of one external id are refused rather than one picked; any time, not the default month. */
    private StoredEvent eventWithExternalId(UUID account, String externalId) {
        var found = events.withExternalId(account, externalId, 2);
        if (found.isEmpty()) {
            throw new LunaException(ErrorCode.EVENT_EXTERNAL_ID_NOT_FOUND, externalId);
        }
        if (found.size() > 1) {
            throw new LunaException(ErrorCode.AMBIGUOUS_EVENT_EXTERNAL_ID, externalId);
        }
        return found.getFirst();
    }

    private Descriptor ofAttribute(UUID account, UUID attributeId) {
        return attributes.get(account, attributeId).attribute().faceDescriptor()
                .orElseThrow(() -> new LunaException(ErrorCode.NO_DESCRIPTOR_TO_MATCH, "Attribute", attributeId));
    }

    /** External ids are not unique in LUNA; a reference must name one face, so two are refused rather than one picked. */
    private UUID faceWithExternalId(UUID account, String externalId) {
        List<Face> found = faces.withExternalId(account, externalId, new TimeRange(null, null), 2).limit(2).toList();
        if (found.isEmpty()) {
            throw new LunaException(ErrorCode.FACE_EXTERNAL_ID_NOT_FOUND, externalId);
        }
        if (found.size() > 1) {
            throw new LunaException(ErrorCode.AMBIGUOUS_FACE_EXTERNAL_ID, externalId);
        }
        return found.getFirst().faceId();
    }

    static java.util.Optional<Descriptor> descriptorOf(StoredFace face) {
        return face.attribute().flatMap(record -> record.attribute().faceDescriptor());
    }
}
