package org.openluna.protocol.video;

/**
 * Analyse a video clip at once and answer with its face tracks ({@code /6/videosdk}): where it is, how
 * to read it, and the face analytic's parameters.
 *
 * @param reference a URL the stream processor reads (checked by the function that asks)
 * @param rotation degrees clockwise applied to every frame
 * @param rate frames analysed per second of video
 * @param failOnError whether a read error part-way fails the whole clip, or ends it with what was read
 */
public record ClipRequest(String reference, int rotation, double ptsStartTime, double rate, int minFaceSize, double trackTimeout,
                          int minTrackFrames, boolean failOnError) {}
