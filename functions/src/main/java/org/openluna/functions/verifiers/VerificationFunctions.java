package org.openluna.functions.verifiers;

import static org.openluna.functions.verifiers.VerifierBodies.answer;
import static org.openluna.functions.verifiers.VerifierBodies.body;
import static org.openluna.functions.verifiers.VerifierBodies.verifierId;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.functions.detector.DetectorImages;
import org.openluna.functions.detector.Inference;
import org.openluna.functions.platform.InferenceConfiguration;
import org.openluna.functions.platform.StorageConfiguration;
import org.openluna.functions.platform.VerifiersConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorBody;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.auth.Caller;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.blobs.BlobStores;
import org.openluna.shared.descriptors.DescriptorMediaType;
import org.openluna.shared.verifiers.RawVerification;
import org.openluna.shared.verifiers.Verification;
import org.openluna.shared.verifiers.VerificationReferences;
import org.openluna.shared.verifiers.VerificationTarget;
import org.openluna.shared.verifiers.VerificationTargets;
import org.openluna.shared.verifiers.Verifier;
import org.openluna.shared.verifiers.Verifiers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code POST /6/verifiers/{verifier_id}/verifications} and {@code .../raw} (seed l.11763-13058).
 *
 * <p>Both need the token's {@code verify} permission for this verifier (its white and black lists name
 * verifiers), checked before the verifier is looked up, so a token without it learns nothing. What the
 * request itself names needs its own permission, as in {@code /6/matcher} (ADR 0010): faces
 * {@code face:matching}, attributes {@code attribute:matching}; what the verifier's policies store is
 * the verifier owner's choice, which the {@code verify} permission runs. Every object named is found
 * before any image is read, so a wrong reference stores nothing.
 */
@Configuration(proxyBeanMethods = false)
@Import({VerifiersConfiguration.class, InferenceConfiguration.class, StorageConfiguration.class})
public class VerificationFunctions {

    @Bean
    VerificationStorage verificationStorage(BlobStores stores, TemporaryAttributes attributes, Clock clock) {
        return new VerificationStorage(stores, attributes, clock);
    }

    @Bean
    Function<ApiRequest, ApiResponse> verifyFaces(Verifiers verifiers, VerificationTargets targets, Inference inference,
                                                  VerificationStorage storage) {
        return req -> {
            var caller = req.caller();
            var account = caller.account();
            var verifier = verifier(req, verifiers);
            var query = VerificationQuery.parse(req.query());
            requireReferencePermissions(caller, query.references());
            var descriptorType = req.contentType().flatMap(DescriptorMediaType::of);
            // the policies are checked against the service's models before anything is read or stored
            var detection = descriptorType.isPresent() ? null
                    : VerifierDetection.of(verifier.policies(), query.warped(), inference.capabilities());
            var resolved = targets.resolve(account, query.references());
            List<Map<String, Object>> images = descriptorType.isPresent()
                    ? List.of(descriptorImage(account, descriptorType.get(), req.body(), verifier, resolved, storage))
                    : ImageVerifications.run(account, DetectorImages.read(req), query, verifier.policies(), detection, resolved,
                            inference, storage);
            return answer(req, 201, Map.of("images", images));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> verifyRaw(Verifiers verifiers) {
        return req -> {
            var verifier = verifier(req, verifiers);
            // the records' fields are in the seed's order (l.11790-11812)
            return answer(req, 200, Map.of("matches", RawVerification.verify(body(req), verifier.policies())));
        };
    }

    /** The verifier of the path, once the caller may run it. */
    private static Verifier verifier(ApiRequest req, Verifiers verifiers) {
        var verifierId = verifierId(req);
        req.caller().requireVerify(verifierId);
        return verifiers.get(req.caller().account(), verifierId);
    }

    private static void requireReferencePermissions(Caller caller, VerificationReferences references) {
        if (references.namesFaces()) {
            caller.require(PermissionObject.FACE, Verb.MATCHING);
        }
        if (references.namesAttributes()) {
            caller.require(PermissionObject.ATTRIBUTE, Verb.MATCHING);
        }
        if (references.namesEvents()) {
            caller.require(PermissionObject.EVENT, Verb.MATCHING);
        }
    }

    /**
     * A descriptor sent as the body (the seed's {@code application/x-sdk-descriptor} types): one face
     * with no picture, so no sample, no filter and no estimation; its attribute holds the descriptor.
     */
    private static Map<String, Object> descriptorImage(UUID account, DescriptorMediaType type, byte[] body, Verifier verifier,
                                                       List<VerificationTarget> targets, VerificationStorage storage) {
        if (body.length == 0) {
            throw new LunaException(ErrorCode.EMPTY_BODY);
        }
        var descriptor = type.read(body);
        var face = new VerifiedFace(null, null, descriptor, null, Verification.of(descriptor, targets, verifier.policies()));
        var attributeId = storage.storeAttributes(account, List.of(face), verifier.policies().attributePolicy()).getFirst();
        return VerificationView.image(null, ErrorBody.SUCCESS, 1,
                VerificationView.detections(List.of(VerificationView.face(face, attributeId)), List.of()));
    }
}
