package org.openluna.workers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openluna.shared.aws.AwsSettings;
import io.micronaut.context.env.Environment;

/**
 * The workers' settings, under the same {@code luna.*} names as the functions' and set the same way
 * (on AWS as {@code LUNA_AUTH_TOKEN_SECRET} and the like in the function's environment).
 *
 * @param secret the token secret, whose derived key seals the platform's queue messages
 * @param serviceUrls the platform's own services, which no callback may reach
 * @param matcherUrl the matcher service, which cross-match tasks search
 * @param apiUrl the platform's own API, which estimator tasks post their images to (ADR 0022)
 */
record WorkerSettings(AwsSettings aws, String resourcePrefix, byte[] secret, boolean callbacksToPrivateNetworks,
                      List<String> serviceUrls, String matcherUrl, int gatewayPort, String apiUrl) {

    static WorkerSettings from(Environment env) {
        var aws = new AwsSettings(env.getProperty("luna.aws.region", String.class, "us-east-1"),
                text(env, "luna.aws.endpoint"), text(env, "luna.aws.dynamodb-endpoint"), text(env, "luna.aws.s3-endpoint"),
                text(env, "luna.aws.sqs-endpoint"), text(env, "luna.aws.access-key"), text(env, "luna.aws.secret-key"));
        var secret = text(env, "luna.auth.token-secret");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("luna.auth.token-secret is not set: the workers cannot check the queues' seals without it");
        }
        return new WorkerSettings(aws, env.getProperty("luna.resource-prefix", String.class, "luna-"),
                secret.getBytes(StandardCharsets.UTF_8),
                env.getProperty("luna.callbacks.private-networks", Boolean.class, false),
                List.of(env.getProperty("luna.services.inference-url", String.class, "http://127.0.0.1:5200"), matcherUrl(env),
                        env.getProperty("luna.services.sender-url", String.class, "ws://127.0.0.1:5080")),
                matcherUrl(env), env.getProperty("server.port", Integer.class, 5000),
                env.getProperty("luna.api-url", String.class, "http://127.0.0.1:" + env.getProperty("server.port", Integer.class, 5000)));
    }

    private static String matcherUrl(Environment env) {
        return env.getProperty("luna.services.matcher-url", String.class, "http://127.0.0.1:5300");
    }

    private static String text(Environment env, String name) {
        return env.getProperty(name, String.class).orElse(null);
    }
}
