package org.openluna.protocol.inference;

/** The kinds of input the inference service refuses, one per documented per-image error. */
public enum RejectionReason {
    EMPTY,
    CORRUPT,
    UNSUPPORTED_FORMAT,
    CONTENT_TYPE_MISMATCH,
    TOO_SMALL,
    TOO_LARGE,
    BAD_BASE64,
    ESTIMATION_FAILED
}
