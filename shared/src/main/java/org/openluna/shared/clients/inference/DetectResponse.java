package org.openluna.shared.clients.inference;

import java.util.List;

/** One result per photo of the request, in the same order. */
public record DetectResponse(List<PhotoResult> photos) {}
