package org.openluna.localstack;

import java.lang.reflect.Field;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local takes no address to listen on and binds every interface, and it accepts any
 * signature: anyone on the network could read the tokens table and write an admin account. Its Jetty
 * server, built but not started, is told to listen on loopback alone. The field is private, so this
 * reads it by name, for the pinned DynamoDB Local version; {@code EmulatorsTest} fails if that
 * version moves it.
 */
final class LoopbackOnly {
    private static final String LOOPBACK = "127.0.0.1";

    private LoopbackOnly() {}

    static void bind(DynamoDBProxyServer dynamo) throws ReflectiveOperationException {
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        var server = (Server) field.get(dynamo);
        int bound = 0;
        for (var connector : server.getConnectors()) {
            if (connector instanceof ServerConnector network) {
                network.setHost(LOOPBACK);
                bound++;
            }
        }
        if (bound == 0) {
            throw new IllegalStateException("DynamoDB Local has no network connector to bind to " + LOOPBACK);
        }
    }
}
