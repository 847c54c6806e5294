package org.openluna.inference.service;

import org.openluna.protocol.inference.Capabilities;

/** What the controller serves, built once at start from the loaded models. */
public final class InferenceOperations {
    private final DetectOperation detect;
    private final DescribeOperation describe;
    private final Capabilities capabilities;

    InferenceOperations(DetectOperation detect, DescribeOperation describe, Capabilities capabilities) {
        this.detect = detect;
        this.describe = describe;
        this.capabilities = capabilities;
    }

    DetectOperation detect() { return detect; }

    DescribeOperation describe() { return describe; }

    Capabilities capabilities() { return capabilities; }
}
