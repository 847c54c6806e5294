package org.openluna.functions.verifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openluna.functions.detector.DetectorImages.Image;
import org.openluna.functions.detector.FilteredFaces;
import org.openluna.functions.detector.FilteredFaces.FilteredFace;
import org.openluna.functions.detector.ImageDetections;
import org.openluna.functions.detector.Inference;
import org.openluna.functions.quality.PhotoFacts;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.shared.api.ErrorBody;
import org.openluna.shared.attributes.BasicAttributes;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.handlers.VerifierPolicies;
import org.openluna.shared.verifiers.Verification;
import org.openluna.shared.verifiers.VerificationTarget;

/**
 * The faces of every image of one verification, through one {@code /1/detect} call as
 * {@code /6/detector} makes it: faces a filter takes out are listed apart and never stored, the
 * multiface policy picks among the rest, each kept face is described, verified against every target,
 * and stored as the policies say. An image that cannot be used gets its own error; the others go on.
 */
final class ImageVerifications {
    /** One image's faces, or the error it gets ({@code error} then set, and no faces). */
    private record ImageFaces(String filename, ErrorBody error, List<VerifiedFace> faces, List<FilteredFace> filtered) {
        static ImageFaces failed(String filename, ErrorBody error) {
            return new ImageFaces(filename, error, List.of(), List.of());
        }
    }

    private ImageVerifications() {}

    static List<Map<String, Object>> run(UUID account, List<Image> images, VerificationQuery query, VerifierPolicies policies,
                                         VerifierDetection detection, List<VerificationTarget> targets, Inference inference,
                                         VerificationStorage storage) {
        var settings = new ImageDetections.Settings(query.warped(), true, query.useExif(), detection.askedOfService());
        var perImage = new ArrayList<ImageFaces>(images.size());
        for (var outcome : ImageDetections.run(inference, images, settings)) {
            var filename = outcome.image().filename();
            if (!outcome.isDetected()) {
                perImage.add(ImageFaces.failed(filename, outcome.error().body()));
                continue;
            }
            var photo = detection.quality().isOn() ? PhotoFacts.of(outcome.image(), outcome.result()) : null;
            perImage.add(faces(account, filename, photo, outcome.result().faces(), policies, detection, targets, storage));
        }
        // one write for every attribute of the request, then each face learns its id
        var allFaces = perImage.stream().flatMap(image -> image.faces().stream()).toList();
        var attributeIds = storage.storeAttributes(account, allFaces, policies.attributePolicy()).iterator();
        var answer = new ArrayList<Map<String, Object>>(images.size());
        for (var image : perImage) {
            if (image.error() != null) {
                answer.add(VerificationView.image(image.filename(), image.error(), 0, null));
                continue;
            }
            var rendered = image.faces().stream().map(face -> VerificationView.face(face, attributeIds.next())).toList();
            answer.add(VerificationView.image(image.filename(), ErrorBody.SUCCESS, 1, VerificationView.detections(rendered, image.filtered())));
        }
        return answer;
    }

    private static ImageFaces faces(UUID account, String filename, PhotoFacts photo, List<DetectedFace> detected,
                                    VerifierPolicies policies, VerifierDetection detection, List<VerificationTarget> targets,
                                    VerificationStorage storage) {
        var passed = new ArrayList<DetectedFace>();
        var filtered = new ArrayList<FilteredFace>();
        for (var face : detected) {
            var verdict = detection.verdict(photo, face).orElse(null);
            var reasons = detection.reasonsToFilter(face, verdict);
            if (reasons.isEmpty()) {
                passed.add(face);
            } else {
                filtered.add(FilteredFaces.of(filename, reasons, detection.detection(face, verdict)));
            }
        }
        var verified = new ArrayList<VerifiedFace>();
        for (var face : detection.multiface().apply(passed)) {
            var descriptor = Descriptor.fromEmbedding(face.descriptor());
            var sampleId = storage.storeSample(account, face, policies.faceSamplePolicy());
            var basic = detection.basicAttributes() ? BasicAttributes.meanOf(List.of(
                    new BasicAttributes.Estimate(face.estimations().age(), face.estimations().gender()))) : null;
            // the verdict is arithmetic on what was measured, so it is made again rather than kept per face
            var shown = detection.detection(face, detection.verdict(photo, face).orElse(null));
            verified.add(new VerifiedFace(shown, sampleId, descriptor, basic,
                    Verification.of(descriptor, targets, policies)));
        }
        return new ImageFaces(filename, null, verified, filtered);
    }
}
