package org.openluna.shared.api;

import java.util.regex.Pattern;

/** Checks of request fields, failing with the seed's 12022 "Failed to validate input json" and the field's path. */
public final class Check {
    private Check() {}

    public static <T> T required(T value, String path) {
        if (value == null) {
            throw invalid(path, "field required");
        }
        return value;
    }

    public static String length(String value, String path, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            throw invalid(path, "length must be between " + min + " and " + max);
        }
        return value;
    }

    public static String matches(String value, String path, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw invalid(path, "does not match '" + pattern.pattern() + "'");
        }
        return value;
    }

    public static LunaException invalid(String path, String message) {
        return new LunaException(ErrorCode.JSON_VALIDATION_FAILED, path, message);
    }
}
