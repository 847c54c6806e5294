package org.openluna.streams.video;

import org.bytedeco.ffmpeg.global.avutil;

/** FFmpeg's own logging, which is process-wide native state. */
final class FFmpegLogs {

    private FFmpegLogs() {
    }

    /**
     * Leaves only errors on stderr: FFmpeg logs every warning of every stream there, and what matters to a
     * stream reaches us as a {@link VideoException}. Calling it again changes nothing.
     */
    static void quiet() {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }
}
