package org.openluna.sender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A websocket opening request written by hand, to read a refusal whole: the JDK's client reports a
 * refused handshake without its body.
 */
public record RawHandshake(int status, String headers, String body) {

    public static RawHandshake send(int port, String pathAndQuery, Map<String, String> headers) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n")
                    .append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
                    .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            var in = socket.getInputStream();
            var head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    throw new IOException("the connection closed inside the answer's head: " + head);
                }
                head.write(next);
            }
            var answerHead = head.toString(StandardCharsets.US_ASCII).strip();
            int status = Integer.parseInt(answerHead.substring(9, 12));
            // the body is as long as Content-Length says: the server may keep the connection open
            int length = answerHead.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                    .map(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(0);
            var body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            return new RawHandshake(status, answerHead, body);
        }
    }
}
