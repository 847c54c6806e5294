package org.openluna.localstack;

import java.nio.file.Path;
import org.openluna.sender.SenderSettings;

/**
 * How the local stack starts.
 *
 * @param awsEndpoint null to start the emulators; otherwise the endpoint of LocalStack or AWS, and no emulator starts
 */
public record LocalStackSettings(Path dataDir, int gatewayPort, Emulators.Ports emulatorPorts, String awsEndpoint,
                          String adminLogin, String adminPassword, int inferencePort, int matcherPort,
                          int senderPort) {

    static final String DEFAULT_ADMIN_LOGIN = "luna@visionlabs.ru";
    static final String DEFAULT_ADMIN_PASSWORD = "luna";

    static LocalStackSettings fromArgs(String[] args) {
        Path dataDir = Path.of(env("LUNA_DATA_DIR", ".data"));
        int port = Integer.parseInt(env("LUNA_PORT", "5000"));
        String endpoint = System.getenv("LUNA_AWS_ENDPOINT");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--aws-endpoint" -> endpoint = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: [--data-dir DIR] [--port 5000] [--aws-endpoint URL]");
            }
        }
        return new LocalStackSettings(dataDir, port, new Emulators.Ports(5100, 5101, 5102), endpoint,
                env("LUNA_ADMIN_LOGIN", DEFAULT_ADMIN_LOGIN), env("LUNA_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD), 5200, 5300,
                SenderSettings.DEFAULT_PORT);
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
