package org.openluna.localstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * The AWS-API emulators of the embedded default, in this JVM on 127.0.0.1: DynamoDB Local (AWS's
 * own), S3Proxy on a filesystem blob store, and ElasticMQ. Tables, blobs and queued messages live under
 * the data folder.
 */
final class Emulators implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Emulators.class);

    private final DynamoDBProxyServer dynamo;
    private final S3Proxy s3;
    private final PersistentQueues sqs;
    private final Ports ports;

    private Emulators(DynamoDBProxyServer dynamo, S3Proxy s3, PersistentQueues sqs, Ports ports) {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.sqs = sqs;
        this.ports = ports;
    }

    record Ports(int dynamodb, int s3, int sqs) {}

    /** An origin no browser page has, so DynamoDB Local's CORS lets none through. */
    private static final String NO_BROWSER_ORIGIN = "https://no-browser.invalid";

    static Emulators start(Path dataDir, Ports ports) throws Exception {
        var dynamoDir = Files.createDirectories(dataDir.resolve("dynamodb"));
        var blobDir = Files.createDirectories(dataDir.resolve("s3"));
        DynamoDBProxyServer dynamo = null;
        S3Proxy s3 = null;
        try {
            // its data and our credentials' region make one shared db; no web page may script it (its CORS default is '*')
            dynamo = ServerRunner.createServerFromCommandLineArgs(new String[] {
                    "-port", Integer.toString(ports.dynamodb()), "-dbPath", dynamoDir.toString(),
                    "-sharedDb", "-disableTelemetry", "-cors", NO_BROWSER_ORIGIN});
            LoopbackOnly.bind(dynamo);
            dynamo.start();
            s3 = S3Proxy.builder()
                    .blobStore(new FilesystemNio2BlobStore(blobDir.toString()))
                    .endpoint(URI.create("http://127.0.0.1:" + ports.s3()))
                    .awsAuthentication(AuthenticationType.NONE, null, null)
                    .build();
            s3.start();
            while (!"STARTED".equals(s3.getState())) {
                Thread.onSpinWait();
            }
            var sqs = PersistentQueues.start(dataDir, ports.sqs());
            log.info("emulators up: dynamodb :{}, s3 :{}, sqs :{}, data in {}", ports.dynamodb(), ports.s3(), ports.sqs(), dataDir);
            return new Emulators(dynamo, s3, sqs, ports);
        } catch (Exception e) {
            if (s3 != null) {
                s3.stop();
            }
            if (dynamo != null) {
                dynamo.stop();
            }
            throw e;
        }
    }

    Ports ports() {
        return ports;
    }

    @Override
    public void close() throws Exception {
        try {
            sqs.close();
        } finally {
            try {
                s3.stop();
            } finally {
                dynamo.stop();
            }
        }
    }
}
