package org.openluna.functions.ws;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Headers;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.auth.AuthMethod;

/** What a websocket opening must carry (RFC 6455 section 4.2.1), and whose page may open one with a cookie. */
final class Handshake {
    private static final String VERSION = "Sec-WebSocket-Version";
    private static final String KEY = "Sec-WebSocket-Key";

    private Handshake() {}

    static void requireValid(Headers headers) {
        if (!headers.single(VERSION).map(String::trim).filter("13"::equals).isPresent()) {
            throw new LunaException(ErrorCode.BAD_HEADER, VERSION);
        }
        var key = headers.single(KEY).map(String::trim).orElseThrow(() -> new LunaException(ErrorCode.REQUIRED_HEADER, KEY));
        try {
            if (Base64.getDecoder().decode(key).length != 16) {
                throw new LunaException(ErrorCode.BAD_HEADER, KEY);
            }
        } catch (IllegalArgumentException e) {
            throw new LunaException(ErrorCode.BAD_HEADER, KEY);
        }
    }

    /**
     * A browser sends the login cookie with any page's websocket, and SameSite leaves the port out of
     * "site": a cookie's socket opens only for a page of the gateway's own origin. Clients that are no
     * browser send no Origin, and tokens are no ambient credential.
     */
    static void requireOwnOrigin(ApiRequest req) {
        if (req.caller().method() != AuthMethod.COOKIE) {
            return;
        }
        var origin = req.header("Origin");
        if (origin.isEmpty()) {
            return;
        }
        var host = req.header("Host").orElse("");
        if (!authorityOf(origin.get()).equalsIgnoreCase(host)) {
            throw new LunaException(ErrorCode.CROSS_ORIGIN_REFUSED, origin.get());
        }
    }

    private static String authorityOf(String origin) {
        try {
            var authority = new URI(origin).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
