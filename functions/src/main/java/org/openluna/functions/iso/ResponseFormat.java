package org.openluna.functions.iso;

import org.openluna.protocol.ServiceProtocol;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/**
 * The {@code Accept} of {@code /6/iso} (seed l.1225: application/json or application/msgpack). The
 * msgpack body is the JSON body's tree in msgpack, written by the mapper our services already speak.
 * Anything else is refused before any work, with 12024 as the documentation routes refuse theirs.
 */
enum ResponseFormat {
    JSON, MSGPACK;

    static ResponseFormat accepted(ApiRequest req) {
        var accept = req.header("Accept").map(String::trim).filter(a -> !a.isEmpty()).orElse(ApiResponse.JSON);
        if (accept.contains(ApiResponse.JSON)) {
            return JSON;
        }
        if (accept.contains(ServiceProtocol.MSGPACK)) {
            return MSGPACK;
        }
        if (accept.contains("*/*") || accept.contains("application/*")) {
            return JSON;
        }
        throw new LunaException(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    ApiResponse render(int status, Object body) {
        return this == JSON ? ApiResponse.json(status, body)
                : ApiResponse.bytes(status, ServiceProtocol.MSGPACK, ServiceProtocol.write(body, ServiceProtocol.MSGPACK));
    }
}
