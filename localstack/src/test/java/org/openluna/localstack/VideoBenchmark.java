package org.openluna.localstack;

import java.awt.Point;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.service.InferenceServer;
import org.openluna.inference.service.InferenceSettings;
import org.openluna.protocol.inference.DetectRequest;
import org.openluna.protocol.inference.DetectedFace;
import org.openluna.protocol.inference.InferenceClient;
import org.openluna.protocol.inference.PhotoInput;
import org.openluna.shared.bench.MachineLoad;
import org.openluna.streams.video.Appearance;
import org.openluna.streams.video.DecodingOptions;
import org.openluna.streams.processor.FramePhotos;
import org.openluna.streams.video.FrameSampler;
import org.openluna.streams.video.TestVideos;
import org.openluna.streams.video.VideoReference;

/**
 * A benchmark, not a test: what one machine's stream processor can do with 720p video. It writes a
 * 1280x720, 25 fps, 20 s H.264 video (the landscape photo with three faces of sample1 crossing it, 64, 96
 * and 128 px wide, the third from the fifth second), starts the inference service in this JVM, and
 * runs loops that do what {@code StreamRun} does, each on its own thread and its own decoder of the
 * video, opened again when it ends:
 * <ul>
 *   <li>decode alone, every frame and at 5 frames a second (the frames the processor would analyse);</li>
 *   <li>analysis: decode at the analytic's rate, JPEG with ImageIO, {@code /1/detect} over HTTP
 *       ({@code min_face_size} 40, no descriptors), as {@code FrameFaces} does; tracking is left out;</li>
 *   <li>detection alone: the same frames at 5 a second, already JPEG, posted in turn (no decoding).</li>
 * </ul>
 * A file is read as fast as it decodes, so a loop that analyses 5 frames a second of a 25 fps video also
 * decodes 25: it would keep up with a live camera. Such a stream is held. The concurrent loops run 1, 2, ...
 * at once for a fixed time. As {@code InferenceBenchmark} does, each turn reads /proc/stat for the CPU other
 * processes took; with several turns a line is the median of those they left alone. Run with
 * {@code scripts/bench-video.sh}; figures go to docs/benchmarks/video.md.
 *
 * <p>Arguments: seconds per turn (default 15), most streams at once (default 4), turns (default 1).
 * {@code LUNA_INFERENCE_OPTIONS} passes options to the service, as the launcher does.
 */
public final class VideoBenchmark {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;
    private static final int FPS = 25;
    private static final int FRAMES = 20 * FPS;
    /** The face analytic's defaults (AnalyticsCatalogue): its rate, and its smallest face. */
    private static final double ANALYSIS_RATE = 5;
    private static final int MIN_FACE_SIZE = 40;
    private static final int[] FACE_WIDTHS = {64, 96, 128};
    /** The first frame of the third face; the other two are on screen throughout. */
    private static final int THIRD_FACE_FROM = 5 * FPS;

    private enum Work {
        DECODE("decode alone"), ANALYSE("decode + JPEG + detect"), DETECT("detect alone (JPEG frames)");

        final String label;

        Work(String label) {
            this.label = label;
        }
    }

    /** What one loop did in a turn; each thread owns its own and nothing reads it before the thread ends. */
    private static final class Tally {
        long frames;
        long decoded;
        long decodeNanos;
        long jpegNanos;
        long detectNanos;
        long faces;
        long facesOnScreen;
    }

    private record Turn(Work work, double rate, int streams, List<Tally> tallies, double seconds, double cpuSeconds, double othersSeconds) {
        long frames() { return tallies.stream().mapToLong(t -> t.frames).sum(); }

        double framesPerSecond() { return frames() / seconds; }

        double decodedPerSecond() { return tallies.stream().mapToLong(t -> t.decoded).sum() / seconds; }

        double slowestStream() { return tallies.stream().mapToLong(t -> t.frames).min().orElseThrow() / seconds; }

        double fastestStream() { return tallies.stream().mapToLong(t -> t.frames).max().orElseThrow() / seconds; }

        long held() { return tallies.stream().filter(t -> t.frames / seconds >= ANALYSIS_RATE).count(); }

        double millisPerFrame(long nanos) { return nanos / 1e6 / frames(); }

        long decodeNanos() { return tallies.stream().mapToLong(t -> t.decodeNanos).sum(); }

        long jpegNanos() { return tallies.stream().mapToLong(t -> t.jpegNanos).sum(); }

        long detectNanos() { return tallies.stream().mapToLong(t -> t.detectNanos).sum(); }

        /** Faces found over faces on screen: every loop should find them all. */
        double facesFound() { return tallies.stream().mapToLong(t -> t.faces).sum() / (double) tallies.stream().mapToLong(t -> t.facesOnScreen).sum(); }

        double busy() { return cpuSeconds / seconds / Runtime.getRuntime().availableProcessors(); }

        double othersBusy() { return Math.max(0, othersSeconds / seconds / Runtime.getRuntime().availableProcessors()); }

        double cpuMillisPerFrame() { return 1000 * cpuSeconds / frames(); }
    }

    private interface Loop {
        void run(int stream, long endNanos, Tally tally) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int maxStreams = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int turns = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        var assets = AssetCache.fromEnvironment();
        var dir = Files.createTempDirectory("luna-bench-video-");
        try (var server = InferenceServer.start(assets, inferenceSettings())) {
            var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            var inference = new InferenceClient(http, URI.create("http://127.0.0.1:" + server.port()), Duration.ofSeconds(60));
            long written = System.nanoTime();
            var video = writeVideo(inference, assets, dir.resolve("walking-720p.mp4"));
            System.out.printf("%d processors, Java %s, %d s per turn, %d turns; %s: %dx%d, %d fps, %d frames, %d KB, written in %.1f s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), seconds, turns, video.getFileName(),
                    WIDTH, HEIGHT, FPS, FRAMES, Files.size(video) / 1024, (System.nanoTime() - written) / 1e9);
            var jpegs = framesAsJpeg(video);
            var benchmark = new VideoBenchmark(video, jpegs, inference);
            // JIT, ONNX Runtime's buffers, the decoder's code paths
            benchmark.measure(Work.ANALYSE, ANALYSIS_RATE, 2, 8);
            benchmark.measure(Work.DETECT, ANALYSIS_RATE, 2, 4);

            var single = new ArrayList<List<Turn>>();
            for (var rate : new double[] {FPS, ANALYSIS_RATE}) {
                single.add(benchmark.repeat(Work.DECODE, rate, 1, seconds, turns));
            }
            single.add(benchmark.repeat(Work.ANALYSE, FPS, 1, seconds, turns));
            var concurrent = new ArrayList<List<Turn>>();
            for (int streams = 1; streams <= maxStreams; streams++) {
                for (var work : Work.values()) {
                    concurrent.add(benchmark.repeat(work, ANALYSIS_RATE, streams, seconds, turns));
                }
            }
            System.out.println();
            System.out.println("inference service: " + inferenceSettings().runtime() + ", min_face_size " + MIN_FACE_SIZE);
            print(single);
            System.out.println();
            print(concurrent);
        } finally {
            try (var files = Files.list(dir)) {
                for (var file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private final Path video;
    private final List<byte[]> jpegs;
    private final InferenceClient inference;

    private VideoBenchmark(Path video, List<byte[]> jpegs, InferenceClient inference) {
        this.video = video;
        this.jpegs = jpegs;
        this.inference = inference;
    }

    /** The service's own options from {@code LUNA_INFERENCE_OPTIONS}, as the launcher reads them; any free port. */
    private static InferenceSettings inferenceSettings() {
        var options = new ArrayList<String>();
        var given = System.getenv("LUNA_INFERENCE_OPTIONS");
        if (given != null && !given.isBlank()) {
            options.addAll(List.of(given.trim().split("\\s+")));
        }
        options.add("--port=0");
        return InferenceSettings.fromOptions(options.toArray(String[]::new));
    }

    private List<Turn> repeat(Work work, double rate, int streams, int seconds, int turns) throws InterruptedException {
        var measured = new ArrayList<Turn>();
        for (int turn = 0; turn < turns; turn++) {
            var result = measure(work, rate, streams, seconds);
            System.out.printf("%-27s at %2.0f fps, %d streams, turn %d: %6.1f frames/s (%.1f-%.1f a stream), CPU busy %.0f%%, others %.0f%%%n",
                    work.label, rate, streams, turn + 1, result.framesPerSecond(), result.slowestStream(), result.fastestStream(),
                    100 * result.busy(), 100 * result.othersBusy());
            measured.add(result);
        }
        return measured;
    }

    private Turn measure(Work work, double rate, int streams, int seconds) throws InterruptedException {
        Loop loop = switch (work) {
            case DECODE -> (stream, end, tally) -> decode(rate, false, end, tally);
            case ANALYSE -> (stream, end, tally) -> decode(rate, true, end, tally);
            case DETECT -> this::detectAlone;
        };
        var tallies = new ArrayList<Tally>();
        var threads = new ArrayList<Thread>();
        var failure = new AtomicReference<Exception>();
        long cpuStart = MachineLoad.processCpuNanos();
        double machineStart = MachineLoad.machineBusySeconds();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int s = 0; s < streams; s++) {
            var tally = new Tally();
            tallies.add(tally);
            int stream = s;
            threads.add(Thread.ofPlatform().name("stream-" + s).start(() -> {
                try {
                    loop.run(stream, end, tally);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (MachineLoad.processCpuNanos() - cpuStart) / 1e9;
        double others = MachineLoad.machineBusySeconds() - machineStart - cpu;
        if (failure.get() != null) {
            throw new IllegalStateException(work.label + " failed", failure.get());
        }
        return new Turn(work, rate, streams, tallies, elapsed, cpu, others);
    }

    /** Decodes the video over and over at {@code rate}, and with {@code analyse} finds each frame's faces as the processor does. */
    private void decode(double rate, boolean analyse, long endNanos, Tally tally) {
        while (System.nanoTime() < endNanos) {
            try (var sampler = FrameSampler.open(VideoReference.of(video), DecodingOptions.atRate(rate))) {
                long lastFrame = -1;
                while (System.nanoTime() < endNanos) {
                    long before = System.nanoTime();
                    var frame = sampler.next();
                    long decoded = System.nanoTime();
                    tally.decodeNanos += decoded - before;
                    if (frame.isEmpty()) {
                        tally.decoded += FRAMES - 1 - lastFrame;
                        break;
                    }
                    tally.decoded += frame.get().frameNumber() - lastFrame;
                    lastFrame = frame.get().frameNumber();
                    if (analyse) {
                        var jpeg = FramePhotos.jpeg(frame.get().image());
                        long encoded = System.nanoTime();
                        tally.faces += detect(jpeg).size();
                        tally.facesOnScreen += facesOnScreen(lastFrame);
                        tally.jpegNanos += encoded - decoded;
                        tally.detectNanos += System.nanoTime() - encoded;
                    }
                    tally.frames++;
                }
            }
        }
    }

    private void detectAlone(int stream, long endNanos, Tally tally) {
        // each client starts at its own frame, so the service does not see the same photo twice at once
        for (int n = stream * jpegs.size() / 4; System.nanoTime() < endNanos; n++) {
            long before = System.nanoTime();
            int frame = n % jpegs.size();
            tally.faces += detect(jpegs.get(frame)).size();
            tally.facesOnScreen += facesOnScreen(Math.round(frame * FPS / ANALYSIS_RATE));
            tally.detectNanos += System.nanoTime() - before;
            tally.frames++;
        }
    }

    private static int facesOnScreen(long frameNumber) {
        return frameNumber >= THIRD_FACE_FROM ? 3 : 2;
    }

    /** The request the processor makes. */
    private List<DetectedFace> detect(byte[] jpeg) {
        var photo = inference.detect(FramePhotos.detectRequest(jpeg, MIN_FACE_SIZE)).photos().getFirst();
        return photo.rejection() != null ? List.of() : photo.faces();
    }

    /** The frames the analysis takes (5 a second), as JPEG: what detection alone posts. */
    private static List<byte[]> framesAsJpeg(Path video) {
        var jpegs = new ArrayList<byte[]>();
        try (var sampler = FrameSampler.open(VideoReference.of(video), DecodingOptions.atRate(ANALYSIS_RATE))) {
            for (var frame = sampler.next(); frame.isPresent(); frame = sampler.next()) {
                jpegs.add(FramePhotos.jpeg(frame.get().image()));
            }
        }
        return List.copyOf(jpegs);
    }

    /**
     * Three faces of sample1 (with half a face of room around each, from where the service finds them)
     * on the landscape, in lanes that keep the faces apart: the smallest walks right along the top, the
     * middle one left, the largest right along the bottom from the fifth second.
     */
    private static Path writeVideo(InferenceClient inference, AssetCache assets, Path file) throws IOException {
        var bytes = Files.readAllBytes(assets.path(Asset.PHOTO_1));
        var photo = ImageIO.read(new ByteArrayInputStream(bytes));
        var faces = new ArrayList<>(inference.detect(new DetectRequest(List.of(new PhotoInput(bytes, "image/jpeg")), 20, false, false, false, Set.of()))
                .photos().getFirst().faces());
        if (faces.size() < FACE_WIDTHS.length) {
            throw new IllegalStateException("sample1 should hold " + FACE_WIDTHS.length + " faces, the service found " + faces.size());
        }
        faces.sort(Comparator.comparingInt(f -> f.rect().x()));
        var appearances = new ArrayList<Appearance>();
        for (int i = 0; i < FACE_WIDTHS.length; i++) {
            var rect = faces.get(i).rect();
            int margin = rect.width() / 2;
            int x = Math.max(0, rect.x() - margin);
            int y = Math.max(0, rect.y() - margin);
            var sprite = photo.getSubimage(x, y, Math.min(photo.getWidth() - x, rect.width() + 2 * margin),
                    Math.min(photo.getHeight() - y, rect.height() + 2 * margin));
            double scale = FACE_WIDTHS[i] / (double) rect.width();
            int width = (int) Math.round(sprite.getWidth() * scale);
            int height = (int) Math.round(sprite.getHeight() * scale);
            int left = 20;
            int right = WIDTH - width - 20;
            appearances.add(switch (i) {
                case 0 -> new Appearance(sprite, 0, FRAMES - 1, new Point(left, 20), new Point(right, 20), scale);
                case 1 -> new Appearance(sprite, 0, FRAMES - 1, new Point(right, (HEIGHT - height) / 2), new Point(left, (HEIGHT - height) / 2), scale);
                default -> new Appearance(sprite, THIRD_FACE_FROM, FRAMES - 1, new Point(left, HEIGHT - height - 10), new Point(right, HEIGHT - height - 10), scale);
            });
        }
        var background = ImageIO.read(assets.path(Asset.LANDSCAPE).toFile());
        return TestVideos.write(file, WIDTH, HEIGHT, FPS, FRAMES, background, appearances);
    }

    private static void print(List<List<Turn>> measured) {
        System.out.println("| work | rate | streams | frames/s, all streams | a stream (slowest-fastest) | held at 5 fps | video frames decoded/s | "
                + "ms per frame: decode | JPEG | detect | CPU busy | others | CPU ms per frame | faces found |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var turns : measured) {
            var turn = MachineLoad.representative(turns, Turn::othersBusy, Turn::framesPerSecond);
            boolean decodes = turn.work() != Work.DETECT;
            boolean detects = turn.work() != Work.DECODE;
            System.out.printf("| %s | %.0f | %d | %.1f | %.1f-%.1f | %s | %s | %s | %s | %s | %.0f%% | %.0f%% | %.1f | %s |%n",
                    turn.work().label, turn.rate(), turn.streams(), turn.framesPerSecond(), turn.slowestStream(), turn.fastestStream(),
                    turn.rate() == ANALYSIS_RATE ? turn.held() + "/" + turn.streams() : "-",
                    decodes ? String.format("%.0f", turn.decodedPerSecond()) : "-",
                    decodes ? String.format("%.1f", turn.millisPerFrame(turn.decodeNanos())) : "-",
                    turn.work() == Work.ANALYSE ? String.format("%.1f", turn.millisPerFrame(turn.jpegNanos())) : "-",
                    detects ? String.format("%.1f", turn.millisPerFrame(turn.detectNanos())) : "-",
                    100 * turn.busy(), 100 * turn.othersBusy(), turn.cpuMillisPerFrame(),
                    detects ? String.format("%.1f%%", 100 * turn.facesFound()) : "-");
        }
    }
}
