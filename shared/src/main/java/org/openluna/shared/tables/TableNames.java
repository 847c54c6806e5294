package org.openluna.shared.tables;

import java.util.List;
import java.util.Objects;

/** The names of the platform's tables, all under one prefix so several stacks can share an AWS account. */
public record TableNames(String prefix) {
    public TableNames {
        Objects.requireNonNull(prefix, "table prefix");
    }

    public String accounts() { return prefix + "accounts"; }

    public String tokens() { return prefix + "tokens"; }

    /** Login sessions, which the login cookie names (ADR 0016). */
    public String sessions() { return prefix + "sessions"; }

    public String attributes() { return prefix + "attributes"; }

    public String faces() { return prefix + "faces"; }

    public String lists() { return prefix + "lists"; }

    /** Which faces each list holds: one item per list and face. */
    public String listFaces() { return prefix + "list-faces"; }

    public String handlers() { return prefix + "handlers"; }

    public String verifiers() { return prefix + "verifiers"; }

    public String events() { return prefix + "events"; }

    /** Tasks, their subtasks and errors, and the counters of their ids (ADR 0020). */
    public String tasks() { return prefix + "tasks"; }

    /** Task schedules (ADR 0021), with an index of the running ones by their next run. */
    public String schedules() { return prefix + "schedules"; }

    /** Video streams, their groups and logs (ADR 0024), with an index of the streams that should run. */
    public String streams() { return prefix + "streams"; }

    public List<String> all() {
        return List.of(accounts(), tokens(), sessions(), attributes(), faces(), lists(), listFaces(), handlers(), verifiers(), events(), tasks(),
                schedules(), streams());
    }
}
