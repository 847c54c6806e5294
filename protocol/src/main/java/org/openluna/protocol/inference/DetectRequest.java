package org.openluna.protocol.inference;

import java.util.List;
import java.util.Set;

/**
 * Find the faces of some photos. {@code warped}: each photo is already an aligned face sample, so
 * nothing is detected and the whole picture is the face. {@code describe}: compute descriptors.
 */
public record DetectRequest(List<PhotoInput> photos, int minFaceSize, boolean warped, boolean describe,
                            boolean useExif, Set<Estimation> estimations) {}
