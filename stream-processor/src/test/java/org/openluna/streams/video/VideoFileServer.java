package org.openluna.streams.video;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the files of one directory over HTTP on 127.0.0.1 and a free port, as a camera's or CDN's video URL
 * would, byte ranges included: FFmpeg asks for the end of an MP4 whose index was written last.
 */
public final class VideoFileServer implements AutoCloseable {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    private final Path directory;
    private final HttpServer server;
    // FFmpeg opens a second connection to seek while the first may still be sending
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();

    public VideoFileServer(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the video file server", e);
        }
        server.setExecutor(connections);
        server.createContext("/", this::serve);
        server.start();
    }

    public URI uri(String fileName) {
        String path = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    @Override
    public void close() {
        server.stop(0);
        connections.close();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring(1), StandardCharsets.UTF_8);
            Path file = directory.resolve(name).normalize();
            if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            long size = Files.size(file);
            long first = 0;
            long last = size - 1;
            int status = 200;
            String range = exchange.getRequestHeaders().getFirst("Range");
            Matcher requested = range == null ? null : SINGLE_RANGE.matcher(range.trim());
            if (requested != null && requested.matches()) {
                first = Long.parseLong(requested.group(1));
                if (!requested.group(2).isEmpty()) {
                    last = Math.min(last, Long.parseLong(requested.group(2)));
                }
                if (first >= size || first > last) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                status = 206;
                exchange.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + last + "/" + size);
            }
            long length = last - first + 1;
            exchange.getResponseHeaders().set("Content-Type", "video/mp4");
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            // FFmpeg asks for "Connection: close" but reuses the connection for its next range unless the
            // answer says it closes too; this server always closes it
            exchange.getResponseHeaders().set("Connection", "close");
            boolean isHead = exchange.getRequestMethod().equals("HEAD");
            // a zero-byte body is written as length -1; 0 would mean chunked
            exchange.sendResponseHeaders(status, isHead || length == 0 ? -1 : length);
            if (!isHead) {
                copy(file, first, length, exchange.getResponseBody());
            }
        } catch (IOException e) {
            // the client hung up mid-file, which FFmpeg does each time it seeks
        }
    }

    private static void copy(Path file, long first, long length, OutputStream body) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file);
             InputStream in = Channels.newInputStream(channel.position(first))) {
            long remaining = length;
            byte[] buffer = new byte[64 * 1024];
            while (remaining > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read < 0) {
                    break;
                }
                body.write(buffer, 0, read);
                remaining -= read;
            }
        }
    }
}
