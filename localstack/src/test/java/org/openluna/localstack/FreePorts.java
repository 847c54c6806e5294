package org.openluna.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports nobody listens on right now, for a stack started by a test. */
final class FreePorts {
    /** Short, so the slow-client tests wait seconds, not the seed's minute; long enough for any upload a test makes. */
    static final int TEST_REQUEST_TIMEOUT_SECONDS = 4;
    /** Short, so a test sees a socket close soon after its token is deleted. */
    static final int TEST_WEBSOCKET_RECHECK_SECONDS = 1;
    private FreePorts() {}

    static int next() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalStackSettings settingsFor(java.nio.file.Path dataDir) {
        return settingsFor(dataDir, true);
    }

    static LocalStackSettings settingsFor(java.nio.file.Path dataDir, boolean runsWorkers) {
        return new LocalStackSettings(dataDir, next(), new Emulators.Ports(next(), next(), next()),
                null, LocalStackSettings.DEFAULT_ADMIN_LOGIN, LocalStackSettings.DEFAULT_ADMIN_PASSWORD, next(), next(),
                next(), false, TEST_REQUEST_TIMEOUT_SECONDS, TEST_WEBSOCKET_RECHECK_SECONDS, runsWorkers);
    }
}
