package org.openluna.functions.iso;

import java.util.List;

/**
 * One entry of {@code checks} (seed l.1236-1465): the check's name, the value measured, what it was
 * held to (a {@code {min, max}} range, {@code max} null for no upper bound, or a list of allowed
 * values), and 1 when the value passes.
 */
record IsoCheck(String name, Object objectValue, Object thresholdValue, int result) {

    record Range(Number min, Number max) {
        boolean holds(double value) {
            return value >= min.doubleValue() && (max == null || value <= max.doubleValue());
        }
    }

    static IsoCheck within(String name, Number value, Range range) {
        return new IsoCheck(name, value, range, range.holds(value.doubleValue()) ? 1 : 0);
    }

    /** {@code value} null when it could not be told; it then is none of the allowed ones. */
    static IsoCheck oneOf(String name, String value, List<String> allowed) {
        return new IsoCheck(name, value, allowed, value != null && allowed.contains(value) ? 1 : 0);
    }

    boolean passed() {
        return result == 1;
    }
}
