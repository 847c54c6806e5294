package org.openluna.protocol.inference;

import java.util.List;

/** One result per photo of the request, in the same order. */
public record DetectResponse(List<PhotoResult> photos) {}
