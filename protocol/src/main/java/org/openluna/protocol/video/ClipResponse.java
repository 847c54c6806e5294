package org.openluna.protocol.video;

import java.util.List;

/**
 * A clip's tracks and what was read of it: its frame count, rate and duration as the file declares
 * them (0 when it does not), the video time read up to, and the read errors met.
 *
 * @param error why the clip could not be read at all; null when it was
 */
public record ClipResponse(String error, long framesCount, double frameRate, double duration, double readUntil, int errorCount,
                           List<ClipTrack> tracks) {}
