package org.openluna.shared.tasks;

import java.util.Optional;

/**
 * A task's and a subtask's status by the seed's codes 0-5, in LUNA's order: the task list's examples
 * show 1 for a task with 10 of 100 parts done and 5 for one with all done (ADR 0020).
 */
public enum TaskStatus {
    PENDING(0), IN_PROGRESS(1), CANCELLED(2), FAILED(3), COLLECTING_RESULTS(4), DONE(5);

    private final int code;

    TaskStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Whether nothing will change it any more. */
    public boolean isFinal() {
        return this == CANCELLED || this == FAILED || this == DONE;
    }

    public static Optional<TaskStatus> ofCode(int code) {
        for (var status : values()) {
            if (status.code == code) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
