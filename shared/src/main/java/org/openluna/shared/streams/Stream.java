package org.openluna.shared.streams;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A stream as the table keeps it: what its client set ({@code definition}), its version (one per
 * replacement), where it stands, the groups it is in, how its restarts went, and who runs it.
 *
 * @param lastError the error that ended or is restarting it; null while it runs well
 * @param restarts the restarts of its current failure; zero when it has not failed since it was (re)started
 * @param lease the processor running it; {@link Lease#NONE} when none does
 */
public record Stream(UUID streamId, UUID accountId, StreamRequest definition, long version, Instant createTime,
                     StreamStatus status, String lastError, Set<UUID> groupIds, int restarts, Instant lastRestartTime,
                     Lease lease) {

    /**
     * Which processor holds the stream, until when (epoch milliseconds), and for which run: every
     * replacement, stop and resume starts a new run, and a processor holding an older run lets go.
     */
    public record Lease(UUID owner, long expiresAtMillis, long run) {
        public static Lease none(long run) {
            return new Lease(null, 0, run);
        }

        public boolean isHeld(long nowMillis) {
            return owner != null && expiresAtMillis > nowMillis;
        }
    }

    /** The token the stream's analytics send with, granted for one version of it; never part of its JSON. */
    public record Credential(UUID tokenId, String jwt, long version) {}

    /** The seed's {@code autorestart.status} (l.15421): what the restart rule is doing now. */
    public String autorestartStatus() {
        if (!definition.autorestart().restart()) {
            return "disabled";
        }
        if (status == StreamStatus.RESTART) {
            return "in_progress";
        }
        if (status == StreamStatus.FAILURE && restarts >= definition.autorestart().attemptCount()) {
            return "failed";
        }
        return "enabled";
    }
}
