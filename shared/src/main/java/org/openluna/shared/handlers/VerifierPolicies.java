package org.openluna.shared.handlers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openluna.shared.api.Check;
import org.openluna.shared.handlers.StoragePolicy.AttributePolicy;
import org.openluna.shared.handlers.StoragePolicy.SamplePolicy;
import tools.jackson.databind.JsonNode;

/**
 * The policies of a verifier (seed l.10820-11126): the verification threshold and the part of a
 * handler's policies the seed's verifier shows, read by the handlers' own readers, so each field has
 * the same type, range, default and refusal as in a handler. A field the verifier's schema does not
 * show (a match policy, {@code detect_body}, sample filters) is refused as an extra field.
 *
 * <p>Two choices where the seed is silent (ADR 0014): {@code verification_threshold} is required,
 * as no default is printed and a made-up one would decide who passes; {@code store_sample} defaults to
 * 0, as every verifier in the seed shows it, where a handler's is 1.
 *
 * @param verificationThreshold a candidate passes when its similarity is above it, 0-1
 */
public record VerifierPolicies(double verificationThreshold, DetectPolicy detectPolicy, ExtractPolicy extractPolicy,
                               SamplePolicy faceSamplePolicy, AttributePolicy attributePolicy) {
    static final Set<String> FIELDS = Set.of("verification_threshold", "detect_policy", "extract_policy", "storage_policy");
    /** In the order of the seed's verifier (l.10823-10859). */
    static final List<String> DETECT_FIELDS = List.of("multiface_policy", "estimate_head_pose", "estimate_emotions", "estimate_mask",
            "estimate_quality", "estimate_gaze", "estimate_glasses", "estimate_eyes_attributes", "estimate_mouth_attributes",
            "detect_landmarks68", "extract_exif", "yaw_threshold", "roll_threshold", "pitch_threshold", "mask_states",
            "estimate_liveness", "liveness_states", "estimate_deepfake", "deepfake_states", "estimate_face_occlusion",
            "face_occlusion_states", "face_quality");
    static final List<String> EXTRACT_FIELDS = List.of("extract_basic_attributes", "fd_score_threshold");
    private static final Set<String> STORAGE_FIELDS = Set.of("attribute_policy", "face_sample_policy");
    private static final Set<String> SAMPLE_FIELDS = Set.of("store_sample", "ttl");
    private static final Set<String> ATTRIBUTE_FIELDS = Set.of("store_attribute", "ttl");
    private static final String THRESHOLD = "verification_threshold";

    public VerifierPolicies {
        if (!(verificationThreshold >= 0 && verificationThreshold <= 1)) {
            throw new IllegalArgumentException("verification threshold out of 0-1: " + verificationThreshold);
        }
        Objects.requireNonNull(detectPolicy, "detect_policy");
        Objects.requireNonNull(extractPolicy, "extract_policy");
        Objects.requireNonNull(faceSamplePolicy, "face_sample_policy");
        Objects.requireNonNull(attributePolicy, "attribute_policy");
    }

    /** The policies at {@code path} of a request body; a malformed one is refused with 12022 and the field's path. */
    public static VerifierPolicies read(JsonNode value, String path) {
        var node = PolicyNode.of(value, path, FIELDS);
        if (!node.has(THRESHOLD)) {
            throw Check.invalid(node.path(THRESHOLD), "field required");
        }
        var storage = node.object("storage_policy", STORAGE_FIELDS);
        return new VerifierPolicies(
                node.number(THRESHOLD, 0, 0, 1),
                DetectPolicy.read(node.object("detect_policy", Set.copyOf(DETECT_FIELDS))),
                ExtractPolicy.read(node.object("extract_policy", Set.copyOf(EXTRACT_FIELDS))),
                SamplePolicy.read(storage.object("face_sample_policy", SAMPLE_FIELDS), 0),
                AttributePolicy.read(storage.object("attribute_policy", ATTRIBUTE_FIELDS)));
    }

    /** "Verification status is True if the received similarity is greater than the verification_threshold" (seed l.11765). */
    public boolean passes(double similarity) {
        return similarity > verificationThreshold;
    }

    /** Refuses, with 27002 and the field's path, what this platform cannot do; see {@link UnavailableFeatures}. */
    public void refuseUnavailable() {
        UnavailableFeatures.refuse(this);
    }

    /** The whole object, defaults included, in the seed's order; what a GET shows and what is stored. */
    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put(THRESHOLD, JsonNumbers.of(verificationThreshold));
        json.put("detect_policy", only(detectPolicy.toJson(), DETECT_FIELDS));
        json.put("extract_policy", only(extractPolicy.toJson(), EXTRACT_FIELDS));
        var attribute = new LinkedHashMap<String, Object>();
        attribute.put("store_attribute", attributePolicy.storeAttribute());
        attribute.put("ttl", attributePolicy.ttlSeconds());
        var sample = new LinkedHashMap<String, Object>();
        sample.put("store_sample", faceSamplePolicy.storeSample());
        sample.put("ttl", faceSamplePolicy.ttlDays());
        var storage = new LinkedHashMap<String, Object>();
        storage.put("attribute_policy", attribute);
        storage.put("face_sample_policy", sample);
        json.put("storage_policy", storage);
        return json;
    }

    /** The verifier's fields of a handler policy's object, in the verifier's order. */
    private static Map<String, Object> only(Map<String, Object> all, List<String> fields) {
        var json = new LinkedHashMap<String, Object>();
        fields.forEach(field -> json.put(field, all.get(field)));
        return json;
    }
}
