package org.openluna.shared.api;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * Numbers of request bodies, read so that no value can fail later: JSON allows integers of any
 * length and decimals past a double's range, which Jackson keeps as big numbers and refuses to
 * narrow. A field out of its range is the field's 12022, never a 500.
 */
public final class NumberFields {
    private NumberFields() {}

    /** The value as a long, when it is an integer that fits one. */
    public static OptionalLong integral(JsonNode value) {
        return value != null && value.isIntegralNumber() && value.canConvertToLong()
                ? OptionalLong.of(value.longValue()) : OptionalLong.empty();
    }

    /** The value as a finite double, when it is a number that has one. */
    public static OptionalDouble finite(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return OptionalDouble.empty();
        }
        // Number.doubleValue() turns a huge value into an infinity where JsonNode.asDouble() throws
        double d = value.numberValue().doubleValue();
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /** An integer within [min, max], or the field's 12022. */
    public static long integer(JsonNode value, String path, long min, long max) {
        var read = integral(value);
        if (read.isEmpty() || read.getAsLong() < min || read.getAsLong() > max) {
            throw Check.invalid(path, "must be an integer between " + min + " and " + max);
        }
        return read.getAsLong();
    }

    /** An integer within [min, max] of int range, or the field's 12022. */
    public static int integer(JsonNode value, String path, int min, int max) {
        return (int) integer(value, path, (long) min, (long) max);
    }

    /** A number within [min, max], or the field's 12022. */
    public static double decimal(JsonNode value, String path, double min, double max) {
        var read = finite(value);
        if (read.isEmpty() || read.getAsDouble() < min || read.getAsDouble() > max) {
            throw Check.invalid(path, "must be a number between " + plain(min) + " and " + plain(max));
        }
        return read.getAsDouble();
    }

    private static String plain(double bound) {
        return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? Long.toString((long) bound) : Double.toString(bound);
    }
}
