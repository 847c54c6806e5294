package org.openluna.shared.http;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openluna.shared.aws.AwsSettings;

/**
 * Where the platform may send a request that a client asked for (a handler's callbacks, ADR 0016):
 * never to the platform's own services, which trust whoever reaches them (the emulators, the
 * inference and matcher services, the Sender); never to link-local, multicast or unspecified
 * addresses (a cloud's metadata service is 169.254.169.254); to loopback and private networks only
 * where the deployment allows it (the embedded default does, for receivers on the same laptop or LAN;
 * a deployment on AWS does not, as its VPC holds the platform's services).
 */
public final class CallbackTargets {
    private final boolean privateNetworks;
    private final Set<Integer> ownPorts = new HashSet<>();
    private final List<URI> ownServices;

    /**
     * The platform's own endpoints as a deployment configures them: its services, its AWS endpoints
     * (none on AWS itself) and its local gateway.
     */
    public static CallbackTargets ofPlatform(boolean privateNetworks, List<String> serviceUrls, AwsSettings aws,
                                             int gatewayPort) {
        var own = new ArrayList<URI>();
        serviceUrls.forEach(url -> own.add(URI.create(url)));
        aws.dynamodb().ifPresent(own::add);
        aws.s3().ifPresent(own::add);
        aws.sqs().ifPresent(own::add);
        own.add(URI.create("http://127.0.0.1:" + gatewayPort));
        return new CallbackTargets(privateNetworks, own);
    }

    /** @param ownServices every endpoint of the platform itself: its services, its AWS endpoints, its gateway */
    public CallbackTargets(boolean privateNetworks, Collection<URI> ownServices) {
        this.privateNetworks = privateNetworks;
        this.ownServices = List.copyOf(ownServices);
        this.ownServices.forEach(service -> ownPorts.add(port(service)));
    }

    /** Why a request to this url may not be sent now; empty when it may. Resolves the host, so ask again before each send. */
    public Optional<String> refusal(URI url) {
        return refusal(url, true);
    }

    /**
     * For a url given now but sent later: a name that does not resolve yet is left to the check before
     * sending; everything else is refused as it would be then.
     */
    public Optional<String> refusalWithoutLookup(URI url) {
        return refusal(url, false);
    }

    private Optional<String> refusal(URI url, boolean unknownHostRefused) {
        var scheme = url.getScheme();
        if (url.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            return Optional.of("must be an http or https URL");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return unknownHostRefused ? Optional.of("its host '" + url.getHost() + "' is not known") : Optional.empty();
        }
        int port = port(url);
        for (var address : addresses) {
            var refusal = refusal(address, port);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private Optional<String> refusal(InetAddress address, int port) {
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return Optional.of("its address " + address.getHostAddress() + " is link-local, multicast or unspecified");
        }
        if (isOwnService(address, port)) {
            return Optional.of("it is one of the platform's own services");
        }
        if (!privateNetworks && isPrivate(address)) {
            return Optional.of("its address " + address.getHostAddress() + " is on a loopback or private network, which this deployment does not call");
        }
        return Optional.empty();
    }

    private boolean isOwnService(InetAddress address, int port) {
        if (ownPorts.contains(port) && isThisMachine(address)) {
            return true;
        }
        for (var service : ownServices) {
            if (port(service) == port && resolves(service.getHost()).contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isThisMachine(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true;
        }
    }

    /** Loopback, RFC 1918, carrier-grade NAT (100.64/10) and IPv6 unique local (fc00::/7) addresses. */
    private static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress()) {
            return true;
        }
        var bytes = address.getAddress();
        if (bytes.length == 4) {
            return (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
        }
        return (bytes[0] & 0xFE) == 0xFC;
    }

    private static List<InetAddress> resolves(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return new ArrayList<>();
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) || "wss".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
