package org.openluna.functions.events;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.shared.attributes.AttributeTtl;
import org.openluna.shared.attributes.FaceAttribute;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.blobs.Blob;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.faces.AttributeSource;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.FaceFields;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.faces.NewFace;
import org.openluna.shared.handlers.EventFacts;
import org.openluna.shared.handlers.StoragePolicy;

/**
 * What {@code storage_policy} keeps of one event (seed l.3325-3490), each part when its filters pass:
 * the faces' samples, the images, a temporary attribute, and a face linked to the lists whose filters
 * pass. The event itself, its notification and callbacks are {@link EventDelivery}'s.
 */
final class PolicyStorage {
    static final String SAMPLE_URL = "/6/samples/faces/";

    private final BlobStore samples;
    private final TemporaryAttributes attributes;
    private final Faces faces;
    private final Clock clock;

    PolicyStorage(BlobStore samples, TemporaryAttributes attributes, Faces faces, Clock clock) {
        this.samples = samples;
        this.attributes = attributes;
        this.faces = faces;
        this.clock = clock;
    }

    /**
     * @param sampleIds per face of the event, its stored sample; null where none was stored
     * @param imageOrigins per face of the event, the url of its stored image; null where none was
     * @param attributeId null when no attribute was stored
     * @param face null when no face was made
     */
    record Saved(List<UUID> sampleIds, List<String> imageOrigins, UUID attributeId, Face face) {}

    Saved store(UUID account, EventDraft draft, EventFacts facts, StoragePolicy policy, GenerationQuery query, UUID eventId,
                ImageOrigins origins) {
        var sampleIds = new ArrayList<UUID>();
        var imageUrls = new ArrayList<String>();
        var samplePolicy = policy.faceSamplePolicy();
        boolean storeSamples = samplePolicy.storeSample() == 1 && samplePolicy.filters().passes(facts);
        var imagePolicy = policy.imageOriginPolicy();
        boolean storeImages = origins != null && imagePolicy.storeImage() == 1 && imagePolicy.filters().passes(facts);
        for (var kept : draft.faces()) {
            UUID sampleId = null;
            if (storeSamples) {
                sampleId = UUID.randomUUID();
                var bytes = kept.face().sample();
                samples.put(account, sampleId, bytes, new Blob("image/jpeg", bytes.length, expiry(samplePolicy.ttlDays()), Map.of()));
            }
            sampleIds.add(sampleId);
            imageUrls.add(storeImages ? origins.store(kept.image(), imagePolicy.ttlDays()) : null);
        }
        var stored = sampleIds.stream().filter(id -> id != null).toList();
        var attribute = attribute(draft, stored);
        UUID attributeId = null;
        var attributePolicy = policy.attributePolicy();
        if (attribute != null && attributePolicy.storeAttribute() == 1 && attributePolicy.filters().passes(facts)) {
            attributeId = attributes.create(account, attribute, new AttributeTtl(Duration.ofSeconds(attributePolicy.ttlSeconds())))
                    .attributeId();
        }
        Face face = null;
        var facePolicy = policy.facePolicy();
        if (facePolicy.storeFace() == 1 && facePolicy.filters().passes(facts)) {
            var avatar = facePolicy.setSampleAsAvatar() == 1 && !stored.isEmpty() ? SAMPLE_URL + stored.getFirst() : "";
            var lists = facePolicy.linkToListsPolicy().stream().filter(link -> link.filters().passes(facts))
                    .map(link -> link.listId()).distinct().toList();
            face = faces.create(account, new NewFace(new FaceFields(query.externalId(), query.userData(), avatar, eventId),
                    attribute == null ? null : new AttributeSource.Given(attribute), lists));
        }
        return new Saved(sampleIds, imageUrls, attributeId, face);
    }

    /** The event's descriptor and basic attributes as one attribute, from the samples stored; null when neither was extracted. */
    static FaceAttribute attribute(EventDraft draft, List<UUID> samples) {
        if (draft.descriptor() == null && draft.basic() == null) {
            return null;
        }
        return new FaceAttribute(draft.descriptor(), draft.basic(), draft.descriptor() == null ? List.of() : samples,
                draft.basic() == null ? List.of() : samples);
    }

    private java.time.Instant expiry(int ttlDays) {
        return ttlDays > 0 ? clock.instant().plus(Duration.ofDays(ttlDays)) : null;
    }
}
