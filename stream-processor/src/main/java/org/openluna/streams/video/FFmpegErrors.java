package org.openluna.streams.video;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.global.avutil;

/** Turns JavaCV's exception texts into FFmpeg's own words for what went wrong. */
final class FFmpegErrors {

    // JavaCV writes "avformat_open_input() error -2: Could not open input ..."; the number is FFmpeg's AVERROR
    private static final Pattern AVERROR = Pattern.compile("\\(\\) error (-?\\d+)");
    private static final int MAX_DESCRIPTION_BYTES = 128;

    private FFmpegErrors() {
    }

    /** "Server returned 404 Not Found", "Connection refused", "Invalid data found when processing input". */
    static String reasonOf(Exception failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Matcher code = AVERROR.matcher(message);
        if (code.find()) {
            return describe(Integer.parseInt(code.group(1)));
        }
        // JavaCV's own checks read "function() error: what went wrong"
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    /** FFmpeg's text for one of its negative error codes. */
    static String describe(int averror) {
        byte[] text = new byte[MAX_DESCRIPTION_BYTES];
        avutil.av_strerror(averror, text, text.length);
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, StandardCharsets.UTF_8);
    }
}
