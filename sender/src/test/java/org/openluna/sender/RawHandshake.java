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
record RawHandshake(int status, String headers, String body) {

    static RawHandshake send(int port, String pathAndQuery, Map<String, String> headers) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n")
                    .append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
                    .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            var text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            var head = text.substring(0, end);
            int status = Integer.parseInt(head.substring(9, 12));
            return new RawHandshake(status, head, text.substring(end + 4));
        }
    }
}
