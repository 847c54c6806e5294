package org.openluna.streams.video;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Writes small H.264 MP4 videos from a script, for tests that need a video whose content they know. */
public final class TestVideos {

    private static final int BITS_PER_SECOND = 2_000_000;

    static {
        FFmpegLogs.quiet();
    }

    private TestVideos() {
    }

    /**
     * Writes {@code frames} frames of {@code background} (scaled to the video's size) with the appearances drawn
     * over it, and returns {@code file}.
     */
    public static Path write(Path file, int width, int height, int fps, int frames, BufferedImage background,
                             List<Appearance> appearances) {
        BufferedImage scaledBackground = scaled(background, width, height);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
                 Java2DFrameConverter converter = new Java2DFrameConverter()) {
                recorder.setFormat("mp4");
                // the bundled FFmpeg is an LGPL build: its H.264 encoder is OpenH264, which takes a bitrate
                // rather than a quality, and writes no B-frames, so every frame decodes in order
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setFrameRate(fps);
                recorder.setGopSize(fps * 2);
                recorder.setVideoBitrate(BITS_PER_SECOND);
                recorder.start();
                BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
                for (int frame = 0; frame < frames; frame++) {
                    paint(canvas, scaledBackground, appearances, frame);
                    recorder.record(converter.convert(canvas), avutil.AV_PIX_FMT_BGR24);
                }
                recorder.stop();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write test video " + file, e);
        }
        return file;
    }

    /** A one-colour image, for backgrounds and sprites whose pixels a test checks. */
    public static BufferedImage filled(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(color);
            graphics.fillRect(0, 0, width, height);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static void paint(BufferedImage canvas, BufferedImage background, List<Appearance> appearances,
                              int frame) {
        Graphics2D graphics = canvas.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(background, 0, 0, null);
            for (Appearance appearance : appearances) {
                if (appearance.isOnScreen(frame)) {
                    Point at = appearance.positionAt(frame);
                    BufferedImage sprite = appearance.sprite();
                    graphics.drawImage(sprite, at.x, at.y, (int) Math.round(sprite.getWidth() * appearance.scale()),
                            (int) Math.round(sprite.getHeight() * appearance.scale()), null);
                }
            }
        } finally {
            graphics.dispose();
        }
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return scaled;
    }
}
