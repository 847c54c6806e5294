package org.openluna.protocol.matcher;

import java.util.UUID;

/** A face a search found, with its similarity to the query ({@code shared.descriptors.Similarity}). */
public record FoundFace(UUID faceId, double similarity) {}
