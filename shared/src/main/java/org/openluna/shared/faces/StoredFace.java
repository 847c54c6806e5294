package org.openluna.shared.faces;

import java.util.Objects;
import java.util.Optional;

/**
 * A face read whole, attribute included.
 *
 * @param attributeRecord null when the face holds no attribute
 */
public record StoredFace(Face face, FaceAttributeRecord attributeRecord) {
    public StoredFace {
        Objects.requireNonNull(face, "face");
    }

    public Optional<FaceAttributeRecord> attribute() {
        return Optional.ofNullable(attributeRecord);
    }
}
