package org.openluna.protocol.matcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.openluna.protocol.ServiceClient;

/** The matcher service, protocol version 1: the only way functions search the faces held in memory. */
public final class MatcherClient {
    public static final String SEARCH = "/1/search";
    public static final String STATUS = "/1/status";

    private final ServiceClient service;

    public MatcherClient(HttpClient http, URI base, Duration timeout) {
        this.service = new ServiceClient(http, base, timeout);
    }

    public SearchFacesResponse search(SearchFacesRequest request) {
        return service.post(SEARCH, request, SearchFacesResponse.class);
    }

    public MatcherStatus status() {
        return service.get(STATUS, MatcherStatus.class);
    }
}
