package org.openluna.functions.platform;

import org.openluna.shared.aws.AwsSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's settings ({@code luna.*}). The embedded default fills them for one machine; on AWS
 * they come from the Lambda environment, and the secrets from the secret store.
 */
@ConfigurationProperties("luna")
public record LunaSettings(@DefaultValue Aws aws, @DefaultValue("luna-") String resourcePrefix, @DefaultValue Auth auth, @DefaultValue Gateway gateway,
                           @DefaultValue Services services, @DefaultValue Callbacks callbacks, @DefaultValue Tasks tasks,
                           @DefaultValue Streams streams) {

    /**
     * @param privateNetworks whether handler callbacks may go to loopback and private addresses; never to
     *                        the platform's own services or link-local ones (ADR 0016)
     */
    public record Callbacks(@DefaultValue("false") boolean privateNetworks) {}

    /**
     * @param workerSeconds the task functions' time limit; their queues hide a message taken for twice
     *                      as long, so a plan or subtask whose worker died comes back after that
     * @param inlineResultBytes the largest result {@code GET /6/tasks/{id}/result} answers in its body
     */
    public record Tasks(@DefaultValue("300") int workerSeconds, @DefaultValue("4194304") long inlineResultBytes) {}

    /**
     * @param localFiles whether a stream may name a {@code file:} reference, a file of the processor's
     *                   machine: the embedded default's, never a deployment's (ADR 0024)
     */
    public record Streams(@DefaultValue("false") boolean localFiles) {}

    /** @see AwsSettings */
    public record Aws(
            @DefaultValue("us-east-1") String region,
            String endpoint,
            String dynamodbEndpoint,
            String s3Endpoint,
            String sqsEndpoint,
            String accessKey,
            String secretKey) {

        public AwsSettings clients() {
            return new AwsSettings(region, endpoint, dynamodbEndpoint, s3Endpoint, sqsEndpoint, accessKey, secretKey);
        }
    }

    /**
     * @param tokenSecret the HMAC key of tokens and sessions, at least 32 bytes; no default exists
     * @param bootstrapAdminLogin with {@code bootstrapAdminPassword}, the admin created at start when missing
     * @param accountIdHeaderAlone whether the deprecated bare Luna-Account-Id header authenticates (LUNA's old way)
     * @param openRegistration whether anyone may create an account; otherwise only an admin may
     */
    public record Auth(
            String tokenSecret,
            @DefaultValue("10") int bcryptCost,
            String bootstrapAdminLogin,
            String bootstrapAdminPassword,
            @DefaultValue("false") boolean accountIdHeaderAlone,
            @DefaultValue("false") boolean openRegistration,
            @DefaultValue("24") int sessionHours) {

        /** The token secret's bytes: the key of tokens, sessions and the seal of the platform's own queue messages. */
        public byte[] secretKey() {
            if (tokenSecret == null || tokenSecret.isBlank()) {
                throw new IllegalStateException("luna.auth.token-secret is not set: the platform cannot sign tokens without it");
            }
            return tokenSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * Our long-running services, reached only through the protocol module's clients.
     *
     * @param inferenceUrl the inference service (face detection, descriptors, estimations)
     * @param inferenceTimeoutSeconds how long one call may take before the request fails as unavailable
     * @param matcherUrl the matcher service (every face descriptor in memory, 1:N search)
     * @param matcherTimeoutSeconds how long one search may take before the request fails as unavailable
     * @param senderUrl the Sender's websocket origin, which {@code /6/ws} relays on the local gateway
     * @param streamProcessorUrl a stream processor, which analyses the clips of {@code /6/videosdk}
     * @param clipTimeoutSeconds how long a clip may take before the request fails as unavailable
     */
    public record Services(@DefaultValue("http://127.0.0.1:5200") String inferenceUrl,
                           @DefaultValue("60") int inferenceTimeoutSeconds,
                           @DefaultValue("http://127.0.0.1:5300") String matcherUrl,
                           @DefaultValue("30") int matcherTimeoutSeconds,
                           @DefaultValue("ws://127.0.0.1:5080") String senderUrl,
                           @DefaultValue("http://127.0.0.1:5400") String streamProcessorUrl,
                           @DefaultValue("300") int clipTimeoutSeconds) {}

    /**
     * @param maxBodyBytes larger request bodies are refused with 413
     * @param requestTimeoutSeconds a request whose head and body have not all arrived by then is answered 37002
     * @param websocketRecheckSeconds how often an open {@code /6/ws} asks again whether its credential still holds
     */
    public record Gateway(@DefaultValue("20971520") int maxBodyBytes, @DefaultValue("60") int requestTimeoutSeconds,
                          @DefaultValue("30") int websocketRecheckSeconds) {}
}
