package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The emulators of the embedded default check no credential, so nothing but this machine may reach
 * them: they listen on loopback alone, and DynamoDB Local lets no web page script it.
 */
@ExtendWith(RunningStack.class)
class EmulatorsTest {

    @Test
    void theEmulatorsListenOnLoopbackAlone(RunningStack.Started started) throws SocketException {
        var ports = started.settings().emulatorPorts();
        var outside = thisMachineBeyondLoopback();
        assumeTrue(outside != null, "this machine has no address beyond loopback to try");
        for (int port : new int[] {ports.dynamodb(), ports.s3(), ports.sqs()}) {
            assertThat(reachable(InetAddress.getLoopbackAddress(), port)).as("port %s on loopback", port).isTrue();
            assertThat(reachable(outside, port)).as("port %s on %s", port, outside).isFalse();
        }
    }

    @Test
    void noWebPageMayScriptDynamoDb(RunningStack.Started started) throws Exception {
        var preflight = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + started.settings().emulatorPorts().dynamodb() + "/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-amz-target,authorization,content-type")
                .build();
        var answer = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.discarding());
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as("headers %s", answer.headers().map())
                .isEmpty();
    }

    private static InetAddress thisMachineBeyondLoopback() throws SocketException {
        for (var network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (var address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                    return address;
                }
            }
        }
        return null;
    }

    private static boolean reachable(InetAddress address, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
