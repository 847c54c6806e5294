package org.openluna.shared.attributes;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.RawDescriptor;
import org.openluna.shared.descriptors.SdkDescriptor;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of {@code POST /6/attributes} (seed l.1881-1917): {@code face_descriptors} (each a
 * {@code {descriptor, version}} object with the raw bytes in base64, or an SDK descriptor string),
 * {@code basic_attributes}, and the sample ids of each. At least one of the two is required, and the
 * sample list of a part that is not given is refused: it would match neither of the seed's schemas.
 * A descriptor of another version than ours is refused by {@code shared/descriptors}.
 */
final class FaceAttributeJson {
    private static final Set<String> FIELDS = Set.of("face_descriptors", "face_descriptor_samples", "basic_attributes", "basic_attributes_samples");
    private static final Set<String> DESCRIPTOR_FIELDS = Set.of("descriptor", "version");
    private static final Set<String> BASIC_FIELDS = Set.of("age", "gender", "ethnicity");

    /** Where the attribute is in the request body, with a trailing dot; empty when it is the body. */
    private final String prefix;

    private FaceAttributeJson(String prefix) {
        this.prefix = prefix;
    }

    static FaceAttribute read(JsonNode body) {
        return new FaceAttributeJson("").readAttribute(body);
    }

    /** @param path where the attribute is in the body, as errors name it ({@code attribute}) */
    static FaceAttribute read(JsonNode attribute, String path) {
        return new FaceAttributeJson(path + ".").readAttribute(attribute);
    }

    private FaceAttribute readAttribute(JsonNode body) {
        if (!body.isObject()) {
            throw invalid("", "must be an object");
        }
        onlyFields(body, FIELDS, "");
        var descriptors = body.get("face_descriptors");
        var basic = body.get("basic_attributes");
        if (descriptors == null && basic == null) {
            throw invalid("", "face_descriptors or basic_attributes is required");
        }
        Descriptor descriptor = descriptors == null ? null : descriptor(descriptors);
        var descriptorSamples = samples(body, "face_descriptor_samples", descriptors != null, "face_descriptors");
        BasicAttributes basicAttributes = basic == null ? null : basicAttributes(basic);
        var basicSamples = samples(body, "basic_attributes_samples", basic != null, "basic_attributes");
        return new FaceAttribute(descriptor, basicAttributes, descriptorSamples, basicSamples);
    }

    /**
     * The list holds one descriptor per version (LUNA keeps one per model); we hold one version, so
     * the list holds one descriptor, and a second of the same version is refused rather than dropped.
     */
    private Descriptor descriptor(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            throw invalid("face_descriptors", "must be a non-empty array");
        }
        Descriptor first = null;
        for (int i = 0; i < list.size(); i++) {
            var path = "face_descriptors." + i;
            var descriptor = oneDescriptor(list.get(i), path);
            if (first != null) {
                throw invalid(path, "descriptor version " + descriptor.version().number() + " is given more than once");
            }
            first = descriptor;
        }
        return first;
    }

    private Descriptor oneDescriptor(JsonNode item, String path) {
        if (item.isString()) {
            return SdkDescriptor.parseBase64(item.asString());
        }
        if (!item.isObject()) {
            throw invalid(path, "must be a {descriptor, version} object or an SDK descriptor string");
        }
        onlyFields(item, DESCRIPTOR_FIELDS, path + ".");
        var data = Check.required(item.get("descriptor"), prefix + path + ".descriptor");
        if (!data.isString()) {
            throw invalid(path + ".descriptor", "must be a base64 string");
        }
        var version = Check.required(item.get("version"), prefix + path + ".version");
        if (!version.isIntegralNumber() || !version.canConvertToLong()) {
            throw invalid(path + ".version", "must be an integer");
        }
        return RawDescriptor.parseBase64(data.asString(), version.longValue());
    }

    private BasicAttributes basicAttributes(JsonNode basic) {
        if (!basic.isObject()) {
            throw invalid("basic_attributes", "must be an object");
        }
        onlyFields(basic, BASIC_FIELDS, "basic_attributes.");
        int age = integer(basic, "age", BasicAttributes.MIN_AGE, BasicAttributes.MAX_AGE);
        int gender = integer(basic, "gender", 0, 1);
        int ethnicity = integer(basic, "ethnicity", BasicAttributes.MIN_ETHNICITY, BasicAttributes.MAX_ETHNICITY);
        return new BasicAttributes(age, gender, ethnicity);
    }

    private int integer(JsonNode object, String name, int min, int max) {
        var path = "basic_attributes." + name;
        var value = Check.required(object.get(name), prefix + path);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw invalid(path, "must be an integer from " + min + " to " + max);
        }
        return value.intValue();
    }

    private List<UUID> samples(JsonNode body, String name, boolean partGiven, String partName) {
        var list = body.get(name);
        if (list == null) {
            return List.of();
        }
        if (!partGiven) {
            throw invalid(name, "is allowed only with " + partName);
        }
        return SampleIds.read(list, prefix + name);
    }

    private void onlyFields(JsonNode object, Set<String> allowed, String at) {
        object.propertyNames().forEach(name -> {
            if (!allowed.contains(name)) {
                throw invalid(at + name, "extra fields not permitted");
            }
        });
    }

    /** A refusal naming the field by its place in the whole body. */
    private LunaException invalid(String path, String message) {
        var full = prefix + path;
        return Check.invalid(full.endsWith(".") ? full.substring(0, full.length() - 1) : full, message);
    }
}
