package org.openluna.shared.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * One reference of {@code POST /6/matcher/faces} (seed l.2435: faces, events, attributes, external
 * ids of faces, descriptors), as the client named it; {@code ReferenceDescriptors} finds its descriptor.
 */
public sealed interface MatchReference {
    /** The {@code type} the client gave, echoed in the answer. */
    String type();

    /** The {@code id} the client gave, echoed in the answer. */
    String id();

    /** A stored face of the account: {@code {"type": "face", "id": face_id}}. */
    record Face(UUID faceId) implements MatchReference {
        public Face {
            Objects.requireNonNull(faceId, "face id");
        }

        public String type() { return "face"; }

        public String id() { return faceId.toString(); }
    }

    /** A temporary attribute of the account: {@code {"type": "attribute", "id": attribute_id}}. */
    record Attribute(UUID attributeId) implements MatchReference {
        public Attribute {
            Objects.requireNonNull(attributeId, "attribute id");
        }

        public String type() { return "attribute"; }

        public String id() { return attributeId.toString(); }
    }

    /** The one face of the account with this external id: {@code {"type": "face_external_id", "id": external_id}}. */
    record FaceExternalId(String externalId) implements MatchReference {
        public FaceExternalId {
            Objects.requireNonNull(externalId, "external id");
        }

        public String type() { return "face_external_id"; }

        public String id() { return externalId; }
    }

    /**
     * A stored face sample of the account, described by the inference service as {@code /6/extractor}
     * would: {@code {"type": "sample", "id": sample_id}}. Ours: the seed lists no such reference, but a
     * sample is what a client holds right after {@code /6/detector}.
     */
    record Sample(UUID sampleId) implements MatchReference {
        public Sample {
            Objects.requireNonNull(sampleId, "sample id");
        }

        public String type() { return "sample"; }

        public String id() { return sampleId.toString(); }
    }

    /** An event of the account that keeps a descriptor: {@code {"type": "event", "id": event_id}} (ADR 0013). */
    record Event(UUID eventId) implements MatchReference {
        public Event {
            Objects.requireNonNull(eventId, "event id");
        }

        public String type() { return "event"; }

        public String id() { return eventId.toString(); }
    }

    /** The one event of the account with this external id: {@code {"type": "event_external_id", "id": external_id}}. */
    record EventExternalId(String externalId) implements MatchReference {
        public EventExternalId {
            Objects.requireNonNull(externalId, "external id");
        }

        public String type() { return "event_external_id"; }

        public String id() { return externalId; }
    }

    /** A descriptor given inline. */
    record Given(DescriptorEntity entity) implements MatchReference {
        public Given {
            Objects.requireNonNull(entity, "entity");
        }

        public String type() { return entity.type(); }

        public String id() { return entity.id(); }
    }
}
