package org.openluna.protocol.inference;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.openluna.protocol.ServiceClient;

/** The inference service, protocol version 1: the only way functions reach the models. */
public final class InferenceClient {
    public static final String DETECT = "/1/detect";
    public static final String DESCRIBE = "/1/describe";
    public static final String CAPABILITIES = "/1/capabilities";

    private final ServiceClient service;

    public InferenceClient(HttpClient http, URI base, Duration timeout) {
        this.service = new ServiceClient(http, base, timeout);
    }

    public DetectResponse detect(DetectRequest request) {
        return service.post(DETECT, request, DetectResponse.class);
    }

    public DescribeResponse describe(DescribeRequest request) {
        return service.post(DESCRIBE, request, DescribeResponse.class);
    }

    public Capabilities capabilities() {
        return service.get(CAPABILITIES, Capabilities.class);
    }
}
