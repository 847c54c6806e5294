package org.openluna.matcher.service;

import java.time.Duration;
import org.openluna.matcher.Matcher;
import org.openluna.matcher.accounts.Accounts;
import org.openluna.matcher.feed.FacesFeed;
import org.openluna.matcher.search.Backend;
import org.openluna.protocol.matcher.MatcherStatus;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The running matcher service: the backend, the index fed from the faces table and its stream, and
 * the HTTP surface, which answers at once (searches with 503 until the load is done). Closing it
 * stops the server, the feed and the backend's threads; the AWS clients stay the caller's.
 */
public final class MatcherServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MatcherServer.class);

    private final Backend backend;
    private final FacesFeed feed;
    private final MatcherHttp http;

    private MatcherServer(Backend backend, FacesFeed feed, MatcherHttp http) {
        this.backend = backend;
        this.feed = feed;
        this.http = http;
    }

    public static MatcherServer start(MatcherSettings settings, DynamoDbClient dynamo, DynamoDbStreamsClient streams) {
        var backend = settings.backend().create(settings);
        FacesFeed feed = null;
        try {
            var accounts = new Accounts(backend.mirror());
            var matcher = new Matcher(accounts, backend);
            var table = new FacesTable(dynamo, new TableNames(settings.tablePrefix()));
            feed = FacesFeed.start(table, streams, accounts, settings.streamPause(), settings.loadSegments());
            var following = feed;
            var operations = new MatcherOperations(new SearchOperation(matcher), () -> new MatcherStatus(backend.name(),
                    following.isLoaded(), following.isFollowing(), following.changesApplied(), accounts.count(), accounts.rowCount()));
            var http = MatcherHttp.start(settings, operations);
            log.info("matcher service on {}:{} ({} backend, {} threads), following {}", settings.host(), http.port(),
                    backend.name(), settings.threads(), table.streamArn());
            return new MatcherServer(backend, feed, http);
        } catch (RuntimeException e) {
            if (feed != null) {
                feed.close();
            }
            backend.close();
            throw e;
        }
    }

    /** Waits until the faces are loaded and searches are served; a failed load is thrown here. */
    public void awaitLoaded(Duration timeout) throws InterruptedException {
        feed.awaitLoaded(timeout);
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        try {
            http.close();
        } finally {
            try {
                feed.close();
            } finally {
                backend.close();
            }
        }
    }

    /** Runs the service alone; the options are those of {@link CommandLine}. */
    public static void main(String[] args) {
        var options = CommandLine.parse(args);
        var dynamo = options.aws().dynamoDb();
        var streams = options.aws().streams();
        var server = start(options.settings(), dynamo, streams);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            streams.close();
            dynamo.close();
        }, "matcher-shutdown"));
    }
}
