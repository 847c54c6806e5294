package org.openluna.shared.handlers;

import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * What a handler may ask for that this platform cannot do, refused with 27002 when the handler is
 * made or validated rather than when its first event would find out. The same line as {@code /6/sdk}
 * and {@code /6/detector} draw (README): no obtainable model estimates bodies, people count,
 * glasses, gaze, deepfakes, occlusion, ethnicity or a descriptor's quality score, Exif is not
 * read, and the liveness model gives no image quality. The error names the first such field by its path.
 */
final class UnavailableFeatures {
    private static final String DETECT = "policies.detect_policy.";

    private UnavailableFeatures() {}

    static void refuse(Policies policies) {
        detect(policies.detectPolicy());
        var extract = policies.extractPolicy();
        refuseIf(extract.extractBodyDescriptor() == 1, "policies.extract_policy.extract_body_descriptor");
        refuseIf(extract.fdScoreThreshold() > 0, "policies.extract_policy.fd_score_threshold");
        for (int i = 0; i < policies.matchPolicy().size(); i++) {
            var match = policies.matchPolicy().get(i);
            var path = "policies.match_policy." + i;
            refuseIf(match.descriptorType().equals("body"), path + ".descriptor.descriptor_type (body)");
            filters(match.filters(), path + ".filters");
        }
        storage(policies.storagePolicy(), "policies.storage_policy.");
        for (int i = 0; i < policies.conditionalTagsPolicy().size(); i++) {
            filters(policies.conditionalTagsPolicy().get(i).filters(), "policies.conditional_tags_policy." + i + ".filters");
        }
    }

    /** A verifier: what a handler is refused in the policies a verifier has (ADR 0014). */
    static void refuse(VerifierPolicies policies) {
        detect(policies.detectPolicy());
        refuseIf(policies.extractPolicy().fdScoreThreshold() > 0, "policies.extract_policy.fd_score_threshold");
    }

    private static void detect(DetectPolicy detect) {
        refuseIf(detect.estimatePeopleCount().estimate() == 1, DETECT + "estimate_people_count.estimate");
        refuseIf(detect.detectBody() == 1, DETECT + "detect_body");
        var body = detect.bodyAttributes();
        refuseIf(body.estimateBasicAttributes() == 1, DETECT + "body_attributes.estimate_basic_attributes");
        refuseIf(body.estimateUpperBody() == 1, DETECT + "body_attributes.estimate_upper_body");
        refuseIf(body.estimateLowerBody() == 1, DETECT + "body_attributes.estimate_lower_body");
        refuseIf(body.estimateAccessories() == 1, DETECT + "body_attributes.estimate_accessories");
        refuseIf(detect.estimateGaze() == 1, DETECT + "estimate_gaze");
        refuseIf(detect.estimateGlasses() == 1, DETECT + "estimate_glasses");
        refuseIf(detect.extractExif() == 1, DETECT + "extract_exif");
        // the liveness model gives a score and no estimate of the image's fitness, so no image is "unknown"
        refuseIf(detect.estimateLiveness().estimate() == 1 && detect.estimateLiveness().qualityThreshold() > 0,
                DETECT + "estimate_liveness.quality_threshold");
        refuseIf(detect.estimateDeepfake().estimate() == 1, DETECT + "estimate_deepfake.estimate");
        refuseIf(detect.deepfakeStates() != null, DETECT + "deepfake_states");
        refuseIf(detect.estimateFaceOcclusion().estimate() == 1, DETECT + "estimate_face_occlusion.estimate");
        refuseIf(detect.faceOcclusionStates() != null, DETECT + "face_occlusion_states");
        var quality = detect.faceQuality();
        if (quality.isOn()) {
            quality.checks().forEach((check, setting) ->
                    refuseIf(setting.estimate() == 1 && !check.measurable(), DETECT + "face_quality.checks." + check.wire()));
        }
    }

    private static void storage(StoragePolicy storage, String path) {
        filters(storage.faceSamplePolicy().filters(), path + "face_sample_policy.filters");
        filters(storage.bodySamplePolicy().filters(), path + "body_sample_policy.filters");
        filters(storage.imageOriginPolicy().filters(), path + "image_origin_policy.filters");
        filters(storage.attributePolicy().filters(), path + "attribute_policy.filters");
        filters(storage.facePolicy().filters(), path + "face_policy.filters");
        var links = storage.facePolicy().linkToListsPolicy();
        for (int i = 0; i < links.size(); i++) {
            filters(links.get(i).filters(), path + "face_policy.link_to_lists_policy." + i + ".filters");
        }
        filters(storage.eventPolicy().filters(), path + "event_policy.filters");
        filters(storage.notificationPolicy().filters(), path + "notification_policy.filters");
        for (int i = 0; i < storage.callbacks().size(); i++) {
            filters(storage.callbacks().get(i).filters(), path + "callbacks." + i + ".filters");
        }
    }

    /** Filters on what is never estimated here could never pass or fail an event truthfully. */
    private static void filters(ObjectFilters filters, String path) {
        refuseIf(filters.ethnicities() != null, path + ".ethnicities");
        refuseIf(filters.deepfake() != null, path + ".deepfake");
    }

    private static void refuseIf(boolean unavailable, String feature) {
        if (unavailable) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, feature);
        }
    }
}
