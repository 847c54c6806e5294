package org.openluna.inference.service;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.openluna.inference.engine.FaceEngine;
import org.openluna.inference.image.PhotoDecoder;
import org.openluna.inference.models.Asset;
import org.openluna.inference.models.AssetCache;
import org.openluna.inference.runtime.ModelSet;
import org.openluna.protocol.inference.Capabilities;
import org.openluna.protocol.inference.DescriptorModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running inference service: models loaded (a missing or altered model stops the start here,
 * with the cache's message), then the HTTP surface. Closing it stops the server and frees the
 * models' native memory.
 */
public final class InferenceServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InferenceServer.class);

    private final ModelSet models;
    private final ApplicationContext context;

    private InferenceServer(ModelSet models, ApplicationContext context) {
        this.models = models;
        this.context = context;
    }

    public static InferenceServer start(AssetCache assets, InferenceSettings settings) {
        var models = new ModelSet(assets, settings.runtime(), allModels());
        try {
            var engine = new FaceEngine(models);
            var estimators = new FaceEstimators(models);
            var decoder = new PhotoDecoder(settings.limits());
            var capabilities = new Capabilities(models.backend().name(), EnumSet.copyOf(estimators.available()), DescriptorModel.VERSION);
            var operations = new InferenceOperations(new DetectOperation(decoder, engine, estimators),
                    new DescribeOperation(decoder, engine, estimators), capabilities);
            // a plain application context, not Micronaut.start(): that one adds a JVM shutdown hook of its
            // own, which stops the server while the owner's hook closes this object, and the two lock
            // the context and the server in opposite orders (seen: the service hung on SIGTERM)
            var context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .properties(Map.of(
                            "micronaut.application.name", "luna-inference",
                            "micronaut.server.host", settings.host(),
                            "micronaut.server.port", settings.port(),
                            "micronaut.server.max-request-size", settings.maxRequestBytes(),
                            "micronaut.server.multipart.max-file-size", settings.maxRequestBytes()))
                    .singletons(operations)
                    .start();
            context.getBean(EmbeddedServer.class).start();
            log.info("inference service on {}:{} ({}, {})", settings.host(), context.getBean(EmbeddedServer.class).getPort(), capabilities, settings.runtime());
            return new InferenceServer(models, context);
        } catch (RuntimeException e) {
            models.close();
            throw e;
        }
    }

    private static Asset[] allModels() {
        return Stream.concat(Arrays.stream(FaceEngine.models()), Arrays.stream(FaceEstimators.models())).toArray(Asset[]::new);
    }

    public int port() {
        return context.getBean(EmbeddedServer.class).getPort();
    }

    @Override
    public void close() {
        context.close();
        models.close();
    }

    /** Runs the service alone; the options are those of {@link CommandLine}. */
    public static void main(String[] args) {
        var server = start(AssetCache.fromEnvironment(), CommandLine.settings(args));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "inference-shutdown"));
    }
}
