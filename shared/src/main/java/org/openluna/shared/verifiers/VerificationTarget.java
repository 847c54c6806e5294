package org.openluna.shared.verifiers;

import java.util.Objects;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;

/** One object a face is verified against, with the descriptor it is compared by. */
public record VerificationTarget(Kind kind, UUID id, Descriptor descriptor) {

    /** What the object is, and how a verification names it: {@code "face": {"face_id": ...}} (seed l.11859-11866). */
    public enum Kind {
        FACE("face", "face_id"), ATTRIBUTE("attribute", "attribute_id"), EVENT("event", "event_id");

        private final String field;
        private final String idField;

        Kind(String field, String idField) {
            this.field = field;
            this.idField = idField;
        }

        public String field() { return field; }

        public String idField() { return idField; }
    }

    public VerificationTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(descriptor, "descriptor");
    }
}
