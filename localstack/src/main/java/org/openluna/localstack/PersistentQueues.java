package org.openluna.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.StrictSQSLimits$;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.sql.SqlQueuePersistenceActor;
import org.elasticmq.persistence.sql.SqlQueuePersistenceConfig;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.util.NowProvider;
import scala.Option;
import scala.collection.immutable.List$;

/**
 * ElasticMQ with its queues and messages kept in an H2 database under the data folder, so queued work
 * (callbacks, events waiting to be written) outlives the launcher, a SIGKILL included. ElasticMQ
 * answers a send, a receive or a delete only once its persistence actor has stored the change, and
 * H2 writes each commit at once ({@code WRITE_DELAY=0}) rather than within half a second.
 */
final class PersistentQueues implements AutoCloseable {
    private static final Duration RESTORE_TIMEOUT = Duration.ofSeconds(60);

    private final ActorSystem actors;
    private final SQSRestServer server;

    private PersistentQueues(ActorSystem actors, SQSRestServer server) {
        this.actors = actors;
        this.server = server;
    }

    static PersistentQueues start(Path dataDir, int port) throws Exception {
        var folder = Files.createDirectories(dataDir.resolve("sqs"));
        var uri = "jdbc:h2:file:" + folder.resolve("queues").toAbsolutePath() + ";WRITE_DELAY=0";
        var config = new SqlQueuePersistenceConfig(true, "org.h2.Driver", uri, "", "", false);
        var actors = ActorSystem.create("luna-sqs");
        try {
            ActorRef persistence = actors.actorOf(Props.create(SqlQueuePersistenceActor.class,
                    () -> new SqlQueuePersistenceActor(config, List$.MODULE$.empty())));
            ActorRef manager = actors.actorOf(Props.create(QueueManagerActor.class,
                    () -> new QueueManagerActor(new NowProvider(), StrictSQSLimits$.MODULE$, Option.apply(persistence))));
            // the queues and messages of the last run, before anyone can send or receive
            Patterns.ask(persistence, new QueueEvent.Restore(manager), RESTORE_TIMEOUT).toCompletableFuture()
                    .get(RESTORE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            var server = SQSRestServerBuilder.withActorSystem(actors).withQueueManagerActor(manager)
                    .withInterface("127.0.0.1").withPort(port).start();
            server.waitUntilStarted();
            return new PersistentQueues(actors, server);
        } catch (Exception e) {
            actors.terminate();
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            server.stopAndWait();
        } finally {
            actors.terminate();
            actors.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }
}
