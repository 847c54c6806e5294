package org.openluna.shared.events;

import java.util.regex.Pattern;

/** SQL's {@code LIKE} as the events' meta and statistics filters take it: {@code %} any run of characters, {@code _} any one. */
final class LikePattern {
    private LikePattern() {}

    static boolean matches(String text, String pattern) {
        var regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }
}
