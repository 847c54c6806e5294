package org.openluna.matcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.faces.Lists;
import org.openluna.shared.tables.AttributesTable;
import org.openluna.shared.tables.FaceLinks;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.ListFacesTable;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.TableDefinitions;
import org.openluna.shared.tables.TableNames;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * AWS's DynamoDB Local on a free port, in memory, with the platform's tables (streams included) and
 * the platform's own faces and lists on them: the matcher is fed by what the functions write.
 */
public final class LocalDynamoDb implements AutoCloseable {
    public static final String PREFIX = "test-";

    private final DynamoDBProxyServer server;
    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;
    private final Faces faces;
    private final Lists lists;

    public LocalDynamoDb() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = ServerRunner.createServerFromCommandLineArgs(new String[] {"-port", Integer.toString(port), "-inMemory", "-disableTelemetry"});
        server.start();
        var endpoint = URI.create("http://127.0.0.1:" + port);
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        dynamo = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        streams = DynamoDbStreamsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        var names = new TableNames(PREFIX);
        TableDefinitions.all(names).forEach(dynamo::createTable);
        var clock = Clock.systemUTC();
        var links = new FaceLinks(dynamo, names);
        faces = new Faces(new FacesTable(dynamo, names), new ListsTable(dynamo, names), new ListFacesTable(dynamo, names), links,
                new TemporaryAttributes(new AttributesTable(dynamo, names), clock), clock);
        lists = new Lists(new ListsTable(dynamo, names), new ListFacesTable(dynamo, names), links, faces, clock);
    }

    public DynamoDbClient dynamo() { return dynamo; }

    public DynamoDbStreamsClient streams() { return streams; }

    public Faces faces() { return faces; }

    public Lists lists() { return lists; }

    @Override
    public void close() throws Exception {
        streams.close();
        dynamo.close();
        server.stop();
    }
}
