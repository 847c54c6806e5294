package org.openluna.functions.matcher;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.openluna.functions.platform.InferenceConfiguration;
import org.openluna.functions.platform.MatchingConfiguration;
import org.openluna.functions.platform.StorageConfiguration;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.MsgpackBodies;
import org.openluna.shared.auth.AccountQuery;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.matching.FaceMatching;
import org.openluna.shared.matching.MatchCandidates;
import org.openluna.shared.matching.MatchReference;
import org.openluna.shared.matching.MatchRequest;
import org.openluna.shared.matching.RawMatching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * {@code /6/matcher} (seed l.2431-2957): faces and temporary attributes matched with references of
 * the caller's account, raw descriptors matched with each other, and bodies, which no model here
 * describes. Bodies are JSON or msgpack, and so are the answers (seed l.2439-2442).
 */
@Configuration(proxyBeanMethods = false)
@Import({MatchingConfiguration.class, InferenceConfiguration.class, StorageConfiguration.class, SampleDescriptors.class})
public class MatcherFunctions {

    /**
     * Each part of the request asks for the permission of what it reads (ADR 0010): faces as
     * references or candidates {@code face:matching}, attributes {@code attribute:matching}, events
     * {@code event:matching} (ADR 0013), samples {@code face_sample:view}.
     */
    @Bean
    Function<ApiRequest, ApiResponse> matchFaces(FaceMatching matching, SampleDescriptors samples, Clock clock) {
        return req -> {
            var caller = req.caller();
            var request = MatchRequest.fromJson(body(req), caller.account(), clock);
            requirePermissions(req, request);
            if (AccountQuery.excludesCaller(req.query(), caller)) {
                // the account_id query names another account: no candidate is visible, references must still be found
                request = new MatchRequest(request.references(), request.candidates().stream().map(MatcherFunctions::excluded).toList());
            }
            var answer = matching.match(caller.account(), request, samples);
            return MsgpackBodies.jsonOrMsgpack(200, MatchView.render(answer), req.header("Accept"));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> matchRaw() {
        return req -> {
            var answer = RawMatching.match(body(req));
            return MsgpackBodies.jsonOrMsgpack(200, Map.of("matches", answer), req.header("Accept"));
        };
    }

    /** No model here extracts body descriptors, so there is nothing to match: the API's answer for a feature this platform lacks. */
    @Bean
    Function<ApiRequest, ApiResponse> matchBodies() {
        return req -> {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "body matching");
        };
    }

    private static void requirePermissions(ApiRequest req, MatchRequest request) {
        var caller = req.caller();
        boolean faces = request.candidates().stream().anyMatch(c -> c instanceof MatchCandidates.Faces)
                || request.references().stream().anyMatch(r -> r instanceof MatchReference.Face || r instanceof MatchReference.FaceExternalId);
        boolean attributes = request.candidates().stream().anyMatch(c -> c instanceof MatchCandidates.Attributes)
                || request.references().stream().anyMatch(r -> r instanceof MatchReference.Attribute);
        boolean events = request.candidates().stream().anyMatch(c -> c instanceof MatchCandidates.Events)
                || request.references().stream().anyMatch(r -> r instanceof MatchReference.Event || r instanceof MatchReference.EventExternalId);
        if (faces) {
            caller.require(PermissionObject.FACE, Verb.MATCHING);
        }
        if (events) {
            caller.require(PermissionObject.EVENT, Verb.MATCHING);
        }
        if (attributes) {
            caller.require(PermissionObject.ATTRIBUTE, Verb.MATCHING);
        }
        if (request.references().stream().anyMatch(r -> r instanceof MatchReference.Sample)) {
            caller.require(PermissionObject.FACE_SAMPLE, Verb.VIEW);
        }
    }

    private static MatchCandidates excluded(MatchCandidates candidates) {
        return switch (candidates) {
            case MatchCandidates.Faces f -> new MatchCandidates.Faces(f.filter(), true, f.limit(), f.threshold(), f.targets(), f.filtersEcho());
            case MatchCandidates.Attributes a -> new MatchCandidates.Attributes(a.attributeIds(), true, a.limit(), a.threshold(), a.targets(),
                    a.filtersEcho());
            case MatchCandidates.Events e -> new MatchCandidates.Events(e.filter(), true, e.limit(), e.threshold(), e.targets(), e.filtersEcho());
        };
    }

    /** JSON, or msgpack where the seed takes it (l.2439): a msgpack body is read as the JSON tree it stands for. */
    private static JsonNode body(ApiRequest req) {
        if (req.contentType().filter(MsgpackBodies.MSGPACK::equals).isPresent()) {
            return MsgpackBodies.tree(req.body());
        }
        return req.jsonTree();
    }
}
