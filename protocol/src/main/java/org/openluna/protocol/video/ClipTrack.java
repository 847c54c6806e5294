package org.openluna.protocol.video;

import org.openluna.protocol.inference.Rect;

/**
 * One person followed across a clip: from when to when (seconds of video), on how many analysed
 * frames, and the best shot: its time, box in the frame, detector score and aligned sample (JPEG).
 */
public record ClipTrack(String trackId, double startTime, double endTime, int frames, double bestTime, Rect box, float score,
                        byte[] sample) {}
