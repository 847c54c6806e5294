package org.openluna.shared.streams;

import java.net.URI;
import org.openluna.shared.api.Check;
import org.openluna.shared.http.CallbackTargets;

/**
 * Where a stream's or clip's video may come from (ADR 0024): not a file of the machine the processor
 * runs on, unless this is one machine's platform, and not the platform's own services, as a callback
 * may not reach them (ADR 0016). The processor checks the host again, resolved, before reading.
 */
public final class StreamSources {
    private final CallbackTargets targets;
    private final boolean localFiles;

    /** @param localFiles whether {@code file:} references may be read: on one machine, never in a deployment */
    public StreamSources(CallbackTargets targets, boolean localFiles) {
        this.targets = targets;
        this.localFiles = localFiles;
    }

    /** Refuses, as the field at {@code path}, a reference the processor may not read. */
    public void requireReadable(String reference, String path) {
        var uri = URI.create(reference);
        if (uri.getScheme().equalsIgnoreCase("file")) {
            if (!localFiles) {
                throw Check.invalid(path, "files of the platform's machines are not readable; give a URL");
            }
            return;
        }
        targets.refusalWithoutLookup(StreamData.serverOf(uri)).ifPresent(reason -> {
            throw Check.invalid(path, reason);
        });
    }
}
