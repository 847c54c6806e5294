package org.openluna.protocol.inference;

import java.util.List;

/** One result per sample of the request, in the same order. */
public record DescribeResponse(List<SampleResult> samples) {}
