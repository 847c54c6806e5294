package org.openluna.functions.gateway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation of the API: the group whose function serves it, method, path template with
 * {@code {name}} segments, the function bean that serves it, and what it demands of the caller.
 */
public record Route(FunctionGroup group, String method, String template, String function, Access access, String summary) {
    public Route {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(summary, "summary");
    }

    List<String> segments() {
        return List.of(template.substring(1).split("/"));
    }

    /** The path parameters when the path fits this template. */
    Optional<Map<String, String>> match(List<String> pathSegments) {
        var segments = segments();
        if (segments.size() != pathSegments.size()) {
            return Optional.empty();
        }
        var params = new HashMap<String, String>();
        for (int i = 0; i < segments.size(); i++) {
            var segment = segments.get(i);
            var actual = pathSegments.get(i);
            if (segment.startsWith("{")) {
                if (actual.isEmpty()) {
                    return Optional.empty();
                }
                params.put(segment.substring(1, segment.length() - 1), actual);
            } else if (!segment.equals(actual)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    /** Literal segments count more than parameters, so {@code /6/samples/faces} beats {@code /6/samples/{id}}. */
    int specificity() {
        return (int) segments().stream().filter(s -> !s.startsWith("{")).count();
    }
}
