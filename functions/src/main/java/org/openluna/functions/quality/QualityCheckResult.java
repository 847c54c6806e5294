package org.openluna.functions.quality;

/**
 * One entry of {@code checks} (seed l.1236-1465, l.6865-7000): the check's name, the value measured,
 * what it was held to as the policy writes a threshold (a {@code {min, max}} range, a list of allowed
 * values, or a flag), and 1 when the value passes.
 */
public record QualityCheckResult(String name, Object objectValue, Object thresholdValue, int result) {

    public boolean passed() {
        return result == 1;
    }
}
