package org.openluna.shared.streams;

import java.time.Instant;
import java.util.UUID;

/** One entry of a stream's log (seed l.15546-15571): the status it passed to, when, and the error if one. */
public record StreamLog(UUID streamId, Instant logTime, StreamStatus status, String error) {}
