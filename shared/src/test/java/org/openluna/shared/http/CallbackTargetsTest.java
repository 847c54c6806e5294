package org.openluna.shared.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a callback may go, on a deployment that keeps private networks out (AWS) and on one that lets them in (a laptop). */
class CallbackTargetsTest {
    private static final List<URI> OWN = List.of(URI.create("http://127.0.0.1:5200"), URI.create("http://10.1.2.3:5300"),
            URI.create("https://sqs.internal.example:8443"));

    @Test
    void aDeploymentThatKeepsPrivateNetworksOutCallsOnlyPublicAddresses() {
        var targets = new CallbackTargets(false, OWN);
        for (var url : List.of("http://10.0.0.1/", "http://192.168.1.10:8080/", "http://172.16.5.4/", "http://100.64.0.9/",
                "http://127.0.0.1:9000/", "http://localhost/", "http://[fd00::1]/", "http://[::1]:8080/")) {
            assertThat(targets.refusal(URI.create(url))).as(url).hasValueSatisfying(reason -> assertThat(reason).contains("private"));
        }
        assertThat(targets.refusal(URI.create("https://93.184.216.34/hook"))).isEmpty();
        assertThat(targets.refusal(URI.create("HTTPS://93.184.216.34/hook"))).as("schemes are case-insensitive").isEmpty();
        assertThat(targets.refusal(URI.create("http://169.254.169.254/latest/meta-data/"))).hasValueSatisfying(r -> assertThat(r).contains("link-local"));
        assertThat(targets.refusal(URI.create("http://[fe80::1]/"))).isPresent();
        assertThat(targets.refusal(URI.create("http://0.0.0.0:5200/"))).isPresent();
        assertThat(targets.refusal(URI.create("ftp://93.184.216.34/"))).isPresent();
    }

    @Test
    void aLaptopCallsItsOwnReceiversButNeverThePlatformsServices() {
        var targets = new CallbackTargets(true, OWN);
        assertThat(targets.refusal(URI.create("http://127.0.0.1:9000/hook"))).isEmpty();
        assertThat(targets.refusal(URI.create("http://192.168.1.10:8080/"))).isEmpty();
        for (var url : List.of("http://127.0.0.1:5200/1/detect", "http://localhost:5200/", "http://127.0.0.9:5200/", "http://10.1.2.3:5300/1/search")) {
            assertThat(targets.refusal(URI.create(url))).as(url).hasValueSatisfying(r -> assertThat(r).contains("platform's own"));
        }
        assertThat(targets.refusal(URI.create("http://10.1.2.3:5301/"))).as("another port of that host").isEmpty();
        assertThat(targets.refusal(URI.create("http://169.254.169.254/"))).isPresent();
        // a name no DNS knows yet is left to the check before each send
        assertThat(targets.refusalWithoutLookup(URI.create("http://not-yet.invalid/"))).isEmpty();
        assertThat(targets.refusal(URI.create("http://not-yet.invalid/"))).isPresent();
    }
}
