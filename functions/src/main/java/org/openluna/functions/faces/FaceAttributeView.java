package org.openluna.functions.faces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.api.Targets;
import org.openluna.shared.api.Times;
import org.openluna.shared.attributes.BasicAttributes;
import org.openluna.shared.descriptors.DescriptorFormat;
import org.openluna.shared.descriptors.DescriptorVersion;
import org.openluna.shared.faces.FaceAttributeRecord;

/**
 * A face's attribute as {@code GET /6/faces/{face_id}/attributes} shows it (seed l.2220-2246):
 * {@code face_descriptor} is {@code {descriptor, descriptor_version}}, the descriptor in base64 as
 * {@code descriptor_format} asks (raw by default, or our SDK form); only our version can be asked for.
 * A part the attribute does not have is null.
 */
record FaceAttributeView(Targets targets, DescriptorFormat format) {
    static final List<String> FIELDS = List.of("create_time", "basic_attributes", "face_descriptor", "basic_attributes_samples",
            "face_descriptor_samples");

    static FaceAttributeView from(QueryParams query) {
        DescriptorVersion.require(query.integer("descriptor_version", DescriptorVersion.OURS.number(), 1, Integer.MAX_VALUE));
        var format = query.enumValue(DescriptorFormat.PARAMETER, DescriptorFormat.class, DescriptorFormat::parse).orElse(DescriptorFormat.RAW);
        return new FaceAttributeView(Targets.from(query, FIELDS), format);
    }

    Map<String, Object> render(FaceAttributeRecord stored) {
        var attribute = stored.attribute();
        var view = new LinkedHashMap<String, Object>();
        view.put("create_time", Times.format(stored.createTime()));
        view.put("basic_attributes", attribute.basic().map(FaceAttributeView::basic).orElse(null));
        view.put("face_descriptor", attribute.faceDescriptor().map(d -> {
            var descriptor = new LinkedHashMap<String, Object>();
            descriptor.put("descriptor", format.encodeBase64(d));
            descriptor.put("descriptor_version", d.version().number());
            return descriptor;
        }).orElse(null));
        view.put("basic_attributes_samples", attribute.basicAttributesSamples());
        view.put("face_descriptor_samples", attribute.descriptorSamples());
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
