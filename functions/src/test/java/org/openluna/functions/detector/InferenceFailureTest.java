package org.openluna.functions.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openluna.protocol.inference.InferenceClient;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

/** A service that cannot be reached is named in the answer, and nothing more: no host, port or cause. */
class InferenceFailureTest {

    @Test
    void anUnreachableServiceIsUnavailableWithoutItsInternals() throws IOException {
        int deadPort;
        try (var socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        var client = new InferenceClient(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + deadPort), Duration.ofSeconds(2));
        var error = catchThrowableOfType(LunaException.class, () -> new Inference(client).capabilities());
        assertThat(error.error()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(error.detail()).isEqualTo("Dependent service 'inference' is unavailable");
        assertThat(error.getCause()).as("kept for the log").isNotNull();
    }
}
