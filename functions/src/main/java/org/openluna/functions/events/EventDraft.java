package org.openluna.functions.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openluna.functions.events.PolicyDetection.KeptFace;
import org.openluna.functions.sdk.FaceAggregation;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.FaceEstimations;
import org.openluna.shared.attributes.BasicAttributes;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.handlers.DetectPolicy;
import org.openluna.shared.handlers.EventFacts;

/**
 * One event before matching and storage: the faces it is made of, and what was estimated of them as
 * one person. Without {@code aggregate_attributes} every kept face is an event of its own; with it, all
 * the kept faces of all the images are one event, their estimations aggregated as {@code /6/sdk} does
 * ({@link FaceAggregation}). An event made from a descriptor given in the body has no face.
 *
 * @param descriptor null when no descriptor was extracted
 * @param basic null when basic attributes were not extracted
 * @param person the aggregated estimations (emotions, liveness) of an aggregated event; null otherwise
 * @param liveness 0 spoof, 1 real; null when not estimated
 */
record EventDraft(List<KeptFace> faces, Descriptor descriptor, BasicAttributes basic, FaceEstimations person, Integer liveness) {
    EventDraft {
        faces = List.copyOf(faces);
    }

    static List<EventDraft> of(List<KeptFace> kept, boolean aggregate, DetectPolicy detect) {
        if (kept.isEmpty()) {
            return List.of();
        }
        if (!aggregate) {
            return kept.stream().map(face -> of(List.of(face), null, detect)).toList();
        }
        var person = FaceAggregation.meanOf(kept.stream().map(k -> k.face().estimations()).toList());
        return List.of(of(kept, person, detect));
    }

    static EventDraft ofDescriptor(Descriptor descriptor) {
        return new EventDraft(List.of(), descriptor, null, null, null);
    }

    private static EventDraft of(List<KeptFace> faces, FaceEstimations person, DetectPolicy detect) {
        var embeddings = new ArrayList<float[]>();
        var basics = new ArrayList<BasicAttributes.Estimate>();
        for (var kept : faces) {
            DetectedFace face = kept.face();
            if (face.descriptor() != null) {
                embeddings.add(face.descriptor());
            }
            var e = face.estimations();
            if (e.age() != null && e.gender() != null) {
                basics.add(new BasicAttributes.Estimate(e.age(), e.gender()));
            }
        }
        var descriptor = embeddings.isEmpty() ? null : embeddings.size() == 1 ? Descriptor.fromEmbedding(embeddings.getFirst())
                : Descriptor.meanOf(embeddings);
        var basic = basics.isEmpty() ? null : BasicAttributes.meanOf(basics);
        var estimations = person != null ? person : faces.getFirst().face().estimations();
        Integer liveness = estimations.liveness() == null ? null
                : EventDetections.livenessState(estimations.liveness().score(), detect).code();
        return new EventDraft(faces, descriptor, basic, person, liveness);
    }

    /** What the policies' filters read before any match is made. */
    EventFacts facts() {
        return new EventFacts(basic == null ? null : basic.gender(), basic == null ? null : basic.age(), liveness, Map.of());
    }
}
