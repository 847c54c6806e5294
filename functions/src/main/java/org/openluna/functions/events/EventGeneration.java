package org.openluna.functions.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.functions.detector.FilteredFaces.FilteredFace;
import org.openluna.functions.detector.Inference;
import org.openluna.functions.events.PolicyDetection.ImageEntry;
import org.openluna.shared.api.RequestId;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.events.StoredEventMapping;
import org.openluna.shared.handlers.Policies;
import tools.jackson.databind.node.ObjectNode;

/**
 * A handler's policies run on one request's images or descriptor (seed l.6184-7226): detect and extract,
 * match, tag, store, deliver, in the order the policies are written (ADR 0011). Each stage works on all
 * the request's events at once where it can: one inference call for all the images, one matcher search
 * per match policy for all the faces.
 */
final class EventGeneration {
    private final Inference inference;
    private final PolicyMatching.Searches candidates;
    private final PolicyStorage storage;
    private final BlobStore images;
    private final EventDelivery delivery;
    private final Clock clock;

    EventGeneration(Inference inference, PolicyMatching.Searches candidates, PolicyStorage storage, BlobStore images,
                    EventDelivery delivery, Clock clock) {
        this.inference = inference;
        this.candidates = candidates;
        this.storage = storage;
        this.images = images;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** What the request gave: images, or one descriptor. */
    sealed interface Input {
        record Images(List<Image> images) implements Input {}

        record OneDescriptor(Descriptor descriptor) implements Input {}
    }

    /** The answer's parts; {@code buffered} when an event was left to the write buffer (202). */
    record Generated(List<ImageEntry> images, List<ObjectNode> events, List<FilteredFace> filtered, boolean buffered) {}

    Generated run(UUID account, UUID handlerId, Policies policies, GenerationQuery query, Input input, RequestId requestId) {
        List<ImageEntry> entries = List.of();
        List<FilteredFace> filtered = List.of();
        List<EventDraft> drafts;
        ImageOrigins origins = null;
        switch (input) {
            case Input.Images given -> {
                var detected = PolicyDetection.run(inference, given.images(), query.faceWarps(), query.useExif(),
                        policies.detectPolicy(), policies.extractPolicy());
                entries = detected.images();
                filtered = detected.filtered();
                drafts = EventDraft.of(detected.kept(), query.aggregate(), policies.detectPolicy());
                origins = new ImageOrigins(images, account, given.images(), clock);
            }
            case Input.OneDescriptor given -> drafts = List.of(EventDraft.ofDescriptor(given.descriptor()));
        }
        var matches = PolicyMatching.run(candidates, account, policies.matchPolicy(), drafts, clock);
        var out = new ArrayList<EventDelivery.Outgoing>(drafts.size());
        for (int d = 0; d < drafts.size(); d++) {
            var draft = drafts.get(d);
            var facts = PolicyMatching.withMatches(draft.facts(), matches.get(d));
            var tags = new LinkedHashSet<>(query.tags());
            policies.conditionalTagsPolicy().stream().filter(tag -> tag.filters().passes(facts)).forEach(tag -> tags.add(tag.tag()));
            var eventId = UUID.randomUUID();
            var saved = storage.store(account, draft, facts, policies.storagePolicy(), query, eventId, origins);
            var event = HandlerEventView.render(new HandlerEventView.Parts(eventId, query, List.copyOf(tags), draft, matches.get(d),
                    saved, policies.detectPolicy()));
            var stored = StoredEventMapping.of(event, account, handlerId, query.createTime(), query.endTime())
                    .withDescriptor(draft.descriptor());
            out.add(new EventDelivery.Outgoing(event, stored, facts));
        }
        boolean buffered = delivery.deliver(handlerId, out, policies.storagePolicy(), requestId);
        return new Generated(entries, out.stream().map(EventDelivery.Outgoing::event).toList(), filtered, buffered);
    }
}
