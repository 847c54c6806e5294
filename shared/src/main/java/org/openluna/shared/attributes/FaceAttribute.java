package org.openluna.shared.attributes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.descriptors.Descriptor;
import tools.jackson.databind.JsonNode;

/**
 * What an attribute of a face holds: a descriptor, basic attributes or both, each with the ids of
 * the samples it was estimated from. Temporary attributes hold one, and so will faces.
 *
 * @param descriptor null when the attribute has no descriptor
 * @param basicAttributes null when the attribute has no basic attributes
 * @param descriptorSamples {@code face_descriptor_samples}; empty when there is no descriptor
 * @param basicAttributesSamples {@code basic_attributes_samples}; empty when there are no basic attributes
 */
public record FaceAttribute(Descriptor descriptor, BasicAttributes basicAttributes,
                            List<UUID> descriptorSamples, List<UUID> basicAttributesSamples) {

    public FaceAttribute {
        if (descriptor == null && basicAttributes == null) {
            throw new IllegalArgumentException("an attribute holds a descriptor, basic attributes or both");
        }
        descriptorSamples = List.copyOf(descriptorSamples);
        basicAttributesSamples = List.copyOf(basicAttributesSamples);
        if (descriptor == null && !descriptorSamples.isEmpty()) {
            throw new IllegalArgumentException("descriptor samples without a descriptor");
        }
        if (basicAttributes == null && !basicAttributesSamples.isEmpty()) {
            throw new IllegalArgumentException("basic attribute samples without basic attributes");
        }
    }

    /** The body of {@code POST /6/attributes}; a body that breaks the seed's schema is the client's mistake. */
    public static FaceAttribute fromJson(JsonNode body) {
        return FaceAttributeJson.read(body);
    }

    /** An attribute given inside a body, as {@code POST /6/faces} takes one; errors name it by {@code path}. */
    public static FaceAttribute fromJson(JsonNode attribute, String path) {
        return FaceAttributeJson.read(attribute, path);
    }

    public Optional<Descriptor> faceDescriptor() {
        return Optional.ofNullable(descriptor);
    }

    public Optional<BasicAttributes> basic() {
        return Optional.ofNullable(basicAttributes);
    }

    /** Every sample the attribute came from, once each, descriptor samples first. */
    public List<UUID> samples() {
        var all = new LinkedHashSet<UUID>(descriptorSamples);
        all.addAll(basicAttributesSamples);
        return List.copyOf(all);
    }
}
