package org.openluna.protocol.video;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.openluna.protocol.ServiceClient;

/** The stream processor service, protocol version 1: a clip analysed while the caller waits. */
public final class VideoClient {
    public static final String CLIP = "/1/clip";

    private final ServiceClient service;

    public VideoClient(HttpClient http, URI base, Duration timeout) {
        this.service = new ServiceClient(http, base, timeout);
    }

    public ClipResponse analyse(ClipRequest request) {
        return service.post(CLIP, request, ClipResponse.class);
    }
}
