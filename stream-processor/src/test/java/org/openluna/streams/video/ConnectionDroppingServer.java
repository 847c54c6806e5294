package org.openluna.streams.video;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves one file over HTTP, byte ranges included, but drops every connection when it reaches a given byte,
 * short of the length its answer announced, as a network that fails under a stream mid-way. Answers that start
 * past that byte are sent whole, so that FFmpeg can still read an index written at the end of the file.
 */
final class ConnectionDroppingServer implements AutoCloseable {

    private static final Pattern RANGE_START = Pattern.compile("(?i)^range:\\s*bytes=(\\d+)-");

    private final byte[] content;
    private final int dropAtByte;
    private final ServerSocket listener;

    ConnectionDroppingServer(Path file, int dropAtByte) {
        try {
            this.content = Files.readAllBytes(file);
            this.dropAtByte = dropAtByte;
            this.listener = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::acceptConnections);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/video.mp4");
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            try {
                Socket connection = listener.accept();
                Thread.ofVirtual().start(() -> answer(connection));
            } catch (IOException e) {
                return;   // closed
            }
        }
    }

    private void answer(Socket connection) {
        try (connection) {
            int first = requestedStart(connection);
            boolean isCut = first < dropAtByte;
            // FFmpeg takes a connection that ends early as the end of the video when the server said it would
            // close it, and as an error otherwise; only a cut answer must look like the error
            String headers = "HTTP/1.1 206 Partial Content\r\n"
                    + "Content-Type: video/mp4\r\n"
                    + "Content-Length: " + (content.length - first) + "\r\n"
                    + "Content-Range: bytes " + first + "-" + (content.length - 1) + "/" + content.length + "\r\n"
                    + (isCut ? "" : "Connection: close\r\n")
                    + "\r\n";
            OutputStream out = connection.getOutputStream();
            out.write(headers.getBytes(StandardCharsets.US_ASCII));
            out.write(content, first, (isCut ? dropAtByte : content.length) - first);
            out.flush();
        } catch (IOException e) {
            // FFmpeg hung up first, as it does when it seeks
        }
    }

    private static int requestedStart(Socket connection) throws IOException {
        var request = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
        int first = 0;
        for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
            Matcher range = RANGE_START.matcher(line);
            if (range.find()) {
                first = Integer.parseInt(range.group(1));
            }
        }
        return first;
    }
}
