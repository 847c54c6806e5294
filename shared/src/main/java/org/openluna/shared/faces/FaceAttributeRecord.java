package org.openluna.shared.faces;

import java.time.Instant;
import java.util.Objects;
import org.openluna.shared.attributes.FaceAttribute;

/** The one attribute a face holds (seed l.2220-2246), and when it was set on the face. */
public record FaceAttributeRecord(FaceAttribute attribute, Instant createTime) {
    public FaceAttributeRecord {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(createTime, "create time");
    }
}
