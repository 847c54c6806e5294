package org.openluna.streams.video;

/**
 * What FFmpeg knows about an opened video.
 *
 * @param width           of the frames handed out, after rotation
 * @param height          of the frames handed out, after rotation
 * @param frameRate       frames per second the stream declares, -1 when it declares none
 * @param frameCount      estimated from duration and frame rate, -1 when unknown (live streams)
 * @param durationSeconds -1 when unknown (live streams)
 */
public record VideoInfo(int width, int height, double frameRate, long frameCount, double durationSeconds) {

    public boolean isLive() {
        return durationSeconds < 0;
    }
}
