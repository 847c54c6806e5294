package org.openluna.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the local stack once for the whole test run (emulators, functions, gateway on free ports and
 * a fresh data folder) and hands tests an {@link Api} pointed at it. JUnit closes it at the end.
 */
final class RunningStack implements ParameterResolver {

    record Started(LocalStack stack, Path dataDir, LocalStackSettings settings) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            stack.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        var type = parameter.getParameter().getType();
        return type == Api.class || type == Started.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var started = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Started.class, key -> start(), Started.class);
        return parameter.getParameter().getType() == Api.class ? new Api(started.stack().gatewayPort()) : started;
    }

    private static Started start() {
        try {
            var dataDir = Files.createTempDirectory("luna-test-");
            var settings = FreePorts.settingsFor(dataDir);
            return new Started(LocalStack.start(settings), dataDir, settings);
        } catch (Exception e) {
            throw new IllegalStateException("the local stack did not start", e);
        }
    }
}
