package org.openluna.streams.processor;

import java.net.URI;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.streams.StreamData;
import org.openluna.streams.video.VideoException;
import org.openluna.streams.video.VideoReference;

/**
 * Whether a video may be read from where its reference points. Its host was checked when the stream or
 * clip was asked for, without resolving it; it is resolved now, so a name that has come to point at the
 * platform's own services, or at link-local addresses such as a cloud's metadata service, is not read
 * (ADR 0016, ADR 0024). Files were allowed, or not, by the function that took the reference.
 */
final class ReferenceCheck {
    private final CallbackTargets sources;

    ReferenceCheck(CallbackTargets sources) {
        this.sources = sources;
    }

    void requireReachable(VideoReference reference) {
        var uri = URI.create(reference.value());
        if (uri.getScheme() == null || uri.getScheme().equalsIgnoreCase("file")) {
            return;
        }
        sources.refusal(StreamData.serverOf(uri)).ifPresent(reason -> {
            throw VideoException.cannotOpen(reference, reason, null);
        });
    }
}
