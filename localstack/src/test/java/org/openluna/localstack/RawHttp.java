package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;

/**
 * HTTP as a misbehaving client writes it, on a plain socket: requests that stop half way, lines and
 * headers past the server's limits. What comes back is read until the server closes.
 */
final class RawHttp implements AutoCloseable {
    private final Socket socket;

    RawHttp(int port) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RawHttp send(String text) {
        try {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the server sends until it closes the connection. */
    String readUntilClosed() {
        try {
            InputStream in = socket.getInputStream();
            var out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status line's code of an answer read whole. */
    static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** The body of an answer read whole. */
    static String body(String answer) {
        int blank = answer.indexOf("\r\n\r\n");
        return blank < 0 ? "" : answer.substring(blank + 4);
    }

    /** The body is the catalogue's error, in the error format. */
    static void assertErrorBody(String body, ErrorCode error) {
        var json = Json.tree(body.getBytes(StandardCharsets.UTF_8));
        assertThat(json.get("error_code").asInt()).as(body).isEqualTo(error.code());
        assertThat(json.get("desc").asString()).isEqualTo(error.desc());
        assertThat(json.get("detail").isString()).isTrue();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
