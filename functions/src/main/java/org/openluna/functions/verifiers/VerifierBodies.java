package org.openluna.functions.verifiers;

import java.util.UUID;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.MsgpackBodies;
import tools.jackson.databind.JsonNode;

/** What every verifier route reads and answers alike: JSON or msgpack bodies, msgpack answers on {@code Accept}, the path's id. */
final class VerifierBodies {
    private VerifierBodies() {}

    /** JSON, as the seed lists; msgpack too (seed l.11769 for raw verification), read into the same tree. */
    static JsonNode body(ApiRequest req) {
        if (req.body().length > 0 && req.contentType().filter(MsgpackBodies.MSGPACK::equals).isPresent()) {
            return MsgpackBodies.tree(req.body());
        }
        return req.jsonTree();
    }

    static ApiResponse answer(ApiRequest req, int status, Object value) {
        return MsgpackBodies.jsonOrMsgpack(status, value, req.header("Accept"));
    }

    static UUID verifierId(ApiRequest req) {
        return Ids.pathId(req.path("verifier_id"));
    }
}
