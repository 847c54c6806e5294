package org.openluna.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openluna.functions.FunctionGroups;
import org.openluna.functions.LunaApplication;
import org.openluna.localstack.lambda.LambdaFunction;
import org.openluna.localstack.lambda.TaskRoot;

/**
 * A group's Lambda started against the running stack's stores and services, with the variables a
 * deployment sets on it (infra/terraform sets the same names).
 */
final class StackFunctions {
    static final int MEMORY_MB = 1024;
    static final Duration INIT_TIMEOUT = Duration.ofSeconds(90);

    private StackFunctions() {}

    /** {@code all} for the whole API in one function, or one group's function name. */
    static LambdaFunction start(RunningStack.Started started, String groups) throws IOException {
        return LambdaFunction.start("luna-" + groups, TaskRoot.get(), LambdaFunction.SPRING_HANDLER, MEMORY_MB, environment(started, groups));
    }

    /** The variables a deployment sets on a group's function: {@link #properties} by their environment names. */
    static Map<String, String> environment(RunningStack.Started started, String groups) throws IOException {
        var env = new LinkedHashMap<String, String>();
        env.put("MAIN_CLASS", LunaApplication.class.getName());
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", "apiGateway");
        properties(started, groups).forEach((name, value) -> env.put(environmentName(name), value));
        return env;
    }

    /** The platform's settings for a function of these groups, against the running stack. */
    static Map<String, String> properties(RunningStack.Started started, String groups) throws IOException {
        var settings = started.settings();
        var ports = settings.emulatorPorts();
        var properties = new LinkedHashMap<String, String>();
        properties.put(FunctionGroups.PROPERTY, groups);
        properties.put("luna.resource-prefix", LocalStack.RESOURCE_PREFIX);
        properties.put("luna.aws.region", "us-east-1");
        properties.put("luna.aws.dynamodb-endpoint", "http://127.0.0.1:" + ports.dynamodb());
        properties.put("luna.aws.s3-endpoint", "http://127.0.0.1:" + ports.s3());
        properties.put("luna.aws.sqs-endpoint", "http://127.0.0.1:" + ports.sqs());
        properties.put("luna.aws.access-key", "local");
        properties.put("luna.aws.secret-key", "local");
        properties.put("luna.auth.token-secret", Files.readString(started.dataDir().resolve("token-secret")).trim());
        properties.put("luna.services.inference-url", "http://127.0.0.1:" + settings.inferencePort());
        properties.put("luna.services.matcher-url", "http://127.0.0.1:" + settings.matcherPort());
        properties.put("luna.services.sender-url", "ws://127.0.0.1:" + settings.senderPort());
        return properties;
    }

    /**
     * A property's name in the environment, as Terraform sets it: {@code luna.auth.token-secret} is
     * {@code LUNA_AUTH_TOKEN_SECRET}, which Spring's relaxed binding and Micronaut's both read.
     */
    static String environmentName(String property) {
        return property.replace('-', '_').replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }
}
