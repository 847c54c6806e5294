package org.openluna.shared.matching;

import java.util.Objects;
import org.openluna.shared.attributes.TemporaryAttribute;

/** A temporary attribute a reference matched. */
public record AttributeMatch(TemporaryAttribute attribute, double similarity) implements CandidateMatch {
    public AttributeMatch {
        Objects.requireNonNull(attribute, "attribute");
    }

    @Override
    public String candidateId() {
        return attribute.attributeId().toString();
    }
}
