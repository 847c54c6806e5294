package org.openluna.shared.tasks;

import java.util.Optional;

/**
 * Whether a schedule's trigger starts tasks. The seed shows {@code running} (l.10596) and names the
 * other state by {@code behaviour.create_stopped} (l.10502); {@code PATCH ?action=pause} stops a
 * schedule and {@code action=start} runs it again (ADR 0021).
 */
public enum ScheduleStatus {
    RUNNING("running"),
    STOPPED("stopped");

    private final String value;

    ScheduleStatus(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<ScheduleStatus> of(String value) {
        for (var status : values()) {
            if (status.value.equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
