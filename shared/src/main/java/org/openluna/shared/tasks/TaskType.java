package org.openluna.shared.tasks;

import java.util.Optional;

/**
 * The seed's task types by their codes. The seed numbers them 0-10 without naming the numbers; its
 * examples fix linker as 1 (a schedule's task), clustering as 2 and cross-matching as 6 (the task
 * list), and garbage collection as 4 (a schedule's gc task). The others are taken in LUNA's order
 * (ADR 0020). Only the types with a creation route here are {@link #served}.
 */
public enum TaskType {
    ADDITIONAL_EXTRACTION(0, "additional_extraction", false),
    LINKER(1, "linker", true),
    CLUSTERING(2, "clustering", true),
    REPORTER(3, "reporter", true),
    GC(4, "gc", true),
    EXPORTER(5, "exporter", true),
    CROSS_MATCH(6, "cross_match", true),
    ROC(7, "roc", true),
    ESTIMATOR(8, "estimator", true),
    LAMBDA(9, "lambda", false),
    ADDITIONAL_ESTIMATION(10, "additional_estimation", false);

    private final int code;
    private final String path;
    private final boolean served;

    TaskType(int code, String path, boolean served) {
        this.code = code;
        this.path = path;
        this.served = served;
    }

    public int code() {
        return code;
    }

    /** The last segment of its creation route, {@code /6/tasks/<path>}. */
    public String path() {
        return path;
    }

    public boolean served() {
        return served;
    }

    public static Optional<TaskType> ofCode(int code) {
        for (var type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
