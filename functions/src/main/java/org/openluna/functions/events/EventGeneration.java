package org.openluna.functions.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.functions.detector.FilteredFaces.FilteredFace;
import org.openluna.functions.detector.Inference;
import org.openluna.functions.events.PolicyDetection.ImageEntry;
import org.openluna.functions.events.PolicyDetection.KeptFace;
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
        var planned = drafts.stream().map(draft -> new Planned(draft, query)).toList();
        return finish(account, handlerId, policies, entries, filtered, planned, origins, null, requestId);
    }

    /**
     * A stream's warps (seed l.7234): trusted ones taken as samples, the others looked for a face in
     * first, each in one inference call; then events by the body's groups, each with its own facts.
     */
    Generated runStream(UUID account, UUID handlerId, Policies policies, StreamEventsBody body, RequestId requestId) {
        var frames = body.frames();
        var warps = frames.stream().map(StreamEventsBody.Frame::warp).toList();
        var entries = new ImageEntry[frames.size()];
        var kept = new ArrayList<KeptFace>();
        var filtered = new ArrayList<FilteredFace>();
        for (boolean trusted : new boolean[] {true, false}) {
            int[] indexes = IntStream.range(0, frames.size()).filter(i -> frames.get(i).trusted() == trusted).toArray();
            if (indexes.length == 0) {
                continue;
            }
            var detected = PolicyDetection.run(inference, Arrays.stream(indexes).mapToObj(warps::get).toList(), trusted,
                    body.useExif(), policies.detectPolicy(), policies.extractPolicy());
            for (int j = 0; j < indexes.length; j++) {
                entries[indexes[j]] = detected.images().get(j);
            }
            detected.kept().forEach(k -> kept.add(new KeptFace(indexes[k.image()], k.filename(), k.face(), k.detection())));
            filtered.addAll(detected.filtered());
        }
        kept.sort(Comparator.comparingInt(KeptFace::image));
        var byGroup = new LinkedHashMap<Integer, List<KeptFace>>();
        kept.forEach(k -> byGroup.computeIfAbsent(frames.get(k.image()).group(), g -> new ArrayList<>()).add(k));
        var planned = new ArrayList<Planned>();
        byGroup.forEach((group, faces) -> {
            // an aggregated event takes the facts of its source's first warp, whether or not a face was kept from it
            var query = frames.stream().filter(f -> f.group() == group).findFirst().orElseThrow().query();
            EventDraft.of(faces, body.aggregate(), policies.detectPolicy()).forEach(draft -> planned.add(new Planned(draft, query)));
        });
        var origins = new ImageOrigins(images, account, warps, clock);
        return finish(account, handlerId, policies, List.of(entries), filtered, planned, origins, frames, requestId);
    }

    /** One event to be made: its faces, and the facts the request gives it. */
    private record Planned(EventDraft draft, GenerationQuery query) {}

    /** Match, tag, store and deliver the planned events; {@code frames} null unless they came from a stream. */
    private Generated finish(UUID account, UUID handlerId, Policies policies, List<ImageEntry> entries, List<FilteredFace> filtered,
                             List<Planned> planned, ImageOrigins origins, List<StreamEventsBody.Frame> frames, RequestId requestId) {
        var drafts = planned.stream().map(Planned::draft).toList();
        var matches = PolicyMatching.run(candidates, account, policies.matchPolicy(), drafts, clock);
        var out = new ArrayList<EventDelivery.Outgoing>(drafts.size());
        for (int d = 0; d < drafts.size(); d++) {
            var draft = drafts.get(d);
            var query = planned.get(d).query();
            var facts = PolicyMatching.withMatches(draft.facts(), matches.get(d));
            var tags = new LinkedHashSet<>(query.tags());
            policies.conditionalTagsPolicy().stream().filter(tag -> tag.filters().passes(facts)).forEach(tag -> tags.add(tag.tag()));
            var eventId = UUID.randomUUID();
            var saved = storage.store(account, draft, facts, policies.storagePolicy(), query, eventId, origins);
            var event = HandlerEventView.render(new HandlerEventView.Parts(eventId, query, List.copyOf(tags), draft, matches.get(d),
                    saved, policies.detectPolicy(), frames));
            var stored = StoredEventMapping.of(event, account, handlerId, query.createTime(), query.endTime())
                    .withDescriptor(draft.descriptor());
            out.add(new EventDelivery.Outgoing(event, stored, facts));
        }
        boolean buffered = delivery.deliver(handlerId, out, policies.storagePolicy(), requestId);
        return new Generated(entries, out.stream().map(EventDelivery.Outgoing::event).toList(), filtered, buffered);
    }
}
