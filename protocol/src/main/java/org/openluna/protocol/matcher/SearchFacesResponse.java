package org.openluna.protocol.matcher;

import java.util.List;

/** For each query of the request, in order, its matches best first (equal similarities by face id as the API writes it). */
public record SearchFacesResponse(List<List<FoundFace>> matches) {
    public SearchFacesResponse {
        matches = matches.stream().map(List::copyOf).toList();
    }
}
