package org.openluna.protocol.inference;

import java.util.List;
import java.util.Set;

/** Describe aligned face samples (encoded images): descriptors and the estimations asked for. */
public record DescribeRequest(List<PhotoInput> samples, boolean describe, Set<Estimation> estimations) {}
