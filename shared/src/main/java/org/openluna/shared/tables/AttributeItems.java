package org.openluna.shared.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.attributes.BasicAttributes;
import org.openluna.shared.attributes.FaceAttribute;
import org.openluna.shared.descriptors.SdkDescriptor;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A face attribute as item attributes, the same in temporary attributes and faces: the descriptor as
 * our SDK blob (its version in the header, so a stored item says which model made it), basic
 * attributes as a map, and both sample lists.
 */
final class AttributeItems {
    static final String DESCRIPTOR = "face_descriptor";
    static final String BASIC = "basic_attributes";
    static final String DESCRIPTOR_SAMPLES = "face_descriptor_samples";
    static final String BASIC_SAMPLES = "basic_attributes_samples";
    static final List<String> NAMES = List.of(DESCRIPTOR, BASIC, DESCRIPTOR_SAMPLES, BASIC_SAMPLES);

    private AttributeItems() {}

    static Map<String, AttributeValue> of(FaceAttribute attribute) {
        var item = new HashMap<String, AttributeValue>();
        attribute.faceDescriptor().ifPresent(d -> item.put(DESCRIPTOR, AttributeValue.fromB(SdkBytes.fromByteArray(SdkDescriptor.encode(d)))));
        attribute.basic().ifPresent(basic -> {
            var map = new HashMap<String, AttributeValue>();
            map.put("age", Items.n(basic.age()));
            map.put("gender", Items.n(basic.gender()));
            if (basic.ethnicity() != null) {
                map.put("ethnicity", Items.n(basic.ethnicity()));
            }
            item.put(BASIC, AttributeValue.fromM(map));
        });
        item.put(DESCRIPTOR_SAMPLES, ids(attribute.descriptorSamples()));
        item.put(BASIC_SAMPLES, ids(attribute.basicAttributesSamples()));
        return item;
    }

    static FaceAttribute from(Map<String, AttributeValue> item) {
        var descriptor = Optional.ofNullable(item.get(DESCRIPTOR))
                .map(v -> SdkDescriptor.parse(v.b().asByteArray())).orElse(null);
        var basic = Optional.ofNullable(item.get(BASIC)).map(AttributeValue::m)
                .map(m -> new BasicAttributes(number(m.get("age")), number(m.get("gender")),
                        m.containsKey("ethnicity") ? number(m.get("ethnicity")) : null))
                .orElse(null);
        return new FaceAttribute(descriptor, basic, ids(item.get(DESCRIPTOR_SAMPLES)), ids(item.get(BASIC_SAMPLES)));
    }

    private static AttributeValue ids(List<UUID> ids) {
        return AttributeValue.fromL(ids.stream().map(Items::s).toList());
    }

    private static List<UUID> ids(AttributeValue list) {
        return list.l().stream().map(v -> UUID.fromString(v.s())).toList();
    }

    private static int number(AttributeValue value) {
        return Integer.parseInt(value.n());
    }
}
