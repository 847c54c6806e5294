package org.openluna.streams.video;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Decodes one video with FFmpeg and hands out its frames at the analysis rate, rotated and timed as the
 * stream's options say. Audio is never decoded. Not thread-safe: one thread reads one sampler, and closes it.
 */
public final class FrameSampler implements AutoCloseable {

    static {
        FFmpegLogs.quiet();
    }

    private static final String NETWORK_TIMEOUT_MICROS = String.valueOf(10_000_000);
    private static final double MICROS_PER_SECOND = 1_000_000.0;

    private final VideoReference reference;
    private final DecodingOptions options;
    private final FFmpegFrameGrabber grabber;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private final SamplingSchedule schedule;
    private final VideoInfo info;
    private long decodedFrames;

    private FrameSampler(VideoReference reference, DecodingOptions options, FFmpegFrameGrabber grabber) {
        this.reference = reference;
        this.options = options;
        this.grabber = grabber;
        this.schedule = new SamplingSchedule(options.framesPerSecond());
        this.info = infoOf(grabber, options.rotation());
    }

    /**
     * Opens the video and reads its header; network streams give up after 10 s without data.
     *
     * @throws VideoException when the reference cannot be opened or holds no video
     */
    public static FrameSampler open(VideoReference reference, DecodingOptions options) {
        Objects.requireNonNull(reference, "video reference");
        Objects.requireNonNull(options, "decoding options");
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(reference.ffmpegInput());
        if (reference.isNetwork()) {
            // without these a silent server blocks the reading thread forever
            grabber.setOption("rw_timeout", NETWORK_TIMEOUT_MICROS);
            grabber.setOption("timeout", NETWORK_TIMEOUT_MICROS);
        }
        if (reference.isRtsp()) {
            // UDP loses packets, and so whole frames, on any busy network
            grabber.setOption("rtsp_transport", "tcp");
        }
        try {
            grabber.start();
            if (!grabber.hasVideo()) {
                throw VideoException.cannotOpen(reference, "it holds no video stream", null);
            }
            return new FrameSampler(reference, options, grabber);
        } catch (FrameGrabber.Exception e) {
            releaseQuietly(grabber);
            throw VideoException.cannotOpen(reference, FFmpegErrors.reasonOf(e), e);
        } catch (RuntimeException e) {
            releaseQuietly(grabber);
            throw e;
        }
    }

    public VideoInfo info() {
        return info;
    }

    /**
     * The next frame due at the analysis rate, or empty at the end of the stream.
     *
     * @throws VideoException when the stream fails mid-way
     */
    public Optional<SampledFrame> next() {
        while (true) {
            Frame frame = grabImage();
            if (frame == null) {
                return Optional.empty();
            }
            long frameNumber = decodedFrames++;
            double timeSeconds = timeOf(frame, frameNumber);
            if (schedule.isDue(timeSeconds)) {
                // the converter hands back the same image on every call, so rotation makes the frame's own copy
                BufferedImage image = options.rotation().applyTo(converter.convert(frame));
                return Optional.of(new SampledFrame(image, timeSeconds + options.ptsStartTimeSeconds(), frameNumber));
            }
        }
    }

    @Override
    public void close() {
        converter.close();
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            throw VideoException.cannotRead(reference, FFmpegErrors.reasonOf(e), e);
        }
    }

    private Frame grabImage() {
        Frame frame;
        try {
            frame = grabber.grabImage();
        } catch (FrameGrabber.Exception e) {
            throw VideoException.cannotRead(reference, FFmpegErrors.reasonOf(e), e);
        }
        if (frame == null) {
            // JavaCV reports a failed read as the end of the stream; the input's own error code tells them apart
            AVIOContext input = grabber.getFormatContext().pb();
            if (input != null && input.error() < 0) {
                throw VideoException.cannotRead(reference, FFmpegErrors.describe(input.error()), null);
            }
        }
        return frame;
    }

    private double timeOf(Frame frame, long frameNumber) {
        if (options.timestampSource() == TimestampSource.FRAME_NUM && info.frameRate() > 0) {
            return frameNumber / info.frameRate();
        }
        // a stream that declares no frame rate leaves pts as the only clock, whatever the options ask
        return frame.timestamp / MICROS_PER_SECOND;
    }

    private static VideoInfo infoOf(FFmpegFrameGrabber grabber, Rotation rotation) {
        int width = rotation.swapsSides() ? grabber.getImageHeight() : grabber.getImageWidth();
        int height = rotation.swapsSides() ? grabber.getImageWidth() : grabber.getImageHeight();
        double frameRate = grabber.getVideoFrameRate() > 0 ? grabber.getVideoFrameRate() : -1;
        long durationMicros = grabber.getLengthInTime();
        if (durationMicros <= 0) {
            return new VideoInfo(width, height, frameRate, -1, -1);
        }
        long frameCount = frameRate > 0 ? grabber.getLengthInVideoFrames() : -1;
        return new VideoInfo(width, height, frameRate, frameCount, durationMicros / MICROS_PER_SECOND);
    }

    private static void releaseQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // the open failure is what the caller needs to hear about
        }
    }
}
