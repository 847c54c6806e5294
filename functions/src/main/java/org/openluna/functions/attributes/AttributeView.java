package org.openluna.functions.attributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.Targets;
import org.openluna.shared.api.Times;
import org.openluna.shared.attributes.BasicAttributes;
import org.openluna.shared.attributes.TemporaryAttribute;
import org.openluna.shared.descriptors.DescriptorVersion;
import org.openluna.shared.descriptors.RawDescriptor;

/**
 * A temporary attribute as {@code GET /6/attributes} and {@code GET /6/attributes/{attribute_id}} show
 * it (seed l.1930-1976), reduced to the {@code targets} asked for. {@code face_descriptor} is the raw
 * descriptor in base64, as in the seed's example; its version is the one {@code descriptor_version}
 * asks for, and only ours can be asked for. A part the attribute does not have is null.
 */
record AttributeView(Targets targets) {
    // the seed's default lists basic_attributes_samples twice and basic_attributes never, yet its examples show it
    static final List<String> FIELDS = List.of("create_time", "attribute_id", "account_id", "face_descriptor_samples",
            "basic_attributes_samples", "face_descriptor", "basic_attributes");

    static AttributeView from(QueryParams query) {
        DescriptorVersion.require(query.integer("descriptor_version", DescriptorVersion.OURS.number(), 1, Integer.MAX_VALUE));
        return new AttributeView(Targets.from(query, FIELDS));
    }

    Map<String, Object> render(TemporaryAttribute stored) {
        var attribute = stored.attribute();
        var view = new LinkedHashMap<String, Object>();
        view.put("create_time", Times.format(stored.createTime()));
        view.put("attribute_id", stored.attributeId());
        view.put("account_id", stored.accountId());
        view.put("face_descriptor_samples", attribute.descriptorSamples());
        view.put("basic_attributes_samples", attribute.basicAttributesSamples());
        view.put("face_descriptor", attribute.faceDescriptor().map(RawDescriptor::encodeBase64).orElse(null));
        view.put("basic_attributes", attribute.basic().map(AttributeView::basic).orElse(null));
        return targets.select(view);
    }

    private static Map<String, Object> basic(BasicAttributes basic) {
        var view = new LinkedHashMap<String, Object>();
        view.put("age", basic.age());
        view.put("gender", basic.gender());
        view.put("ethnicity", basic.ethnicity());
        return view;
    }
}
