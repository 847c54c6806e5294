package org.openluna.shared.handlers;

/** How the policies write a decimal: a whole number without a fraction, as the seed prints {@code "max": 1} and {@code "fd_score_threshold": 0}. */
final class JsonNumbers {
    private JsonNumbers() {}

    static Object of(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) value.longValue() : value;
    }
}
