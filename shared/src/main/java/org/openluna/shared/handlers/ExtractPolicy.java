package org.openluna.shared.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code policies.extract_policy} (seed l.3286-3290): what is extracted of each face kept. The face
 * descriptor by default, nothing else, and no score threshold, as the seed's stored handler shows
 * (l.4381-4386).
 *
 * @param fdScoreThreshold descriptors of a lower quality score are dropped, 0-1
 */
public record ExtractPolicy(int extractBasicAttributes, int extractFaceDescriptor, double fdScoreThreshold,
                            int extractBodyDescriptor) {
    static final Set<String> FIELDS = Set.of("extract_basic_attributes", "extract_face_descriptor", "fd_score_threshold",
            "extract_body_descriptor");

    static ExtractPolicy read(PolicyNode node) {
        return new ExtractPolicy(node.flag("extract_basic_attributes", 0), node.flag("extract_face_descriptor", 1),
                node.number("fd_score_threshold", 0, 0, 1), node.flag("extract_body_descriptor", 0));
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("extract_basic_attributes", extractBasicAttributes);
        json.put("extract_face_descriptor", extractFaceDescriptor);
        json.put("fd_score_threshold", JsonNumbers.of(fdScoreThreshold));
        json.put("extract_body_descriptor", extractBodyDescriptor);
        return json;
    }
}
