package org.openluna.functions.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/** A raw query string read as both transports must read it: a broken percent-encoding is the parameter's 12012. */
final class QueryStrings {
    private QueryStrings() {}

    static Map<String, List<String>> parse(String raw) {
        var query = new LinkedHashMap<String, List<String>>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (var pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            var rawName = eq < 0 ? pair : pair.substring(0, eq);
            var name = decode(rawName, rawName);
            var value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String text, String parameter) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new LunaException(ErrorCode.BAD_QUERY_PARAMETER, parameter);
        }
    }
}
