package org.openluna.inference.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openluna.inference.runtime.RuntimeSettings;

class CommandLineTest {

    @Test
    void everyRuntimeOptionReachesTheSettings() {
        var settings = CommandLine.settings("--port=6000", "--intra-op-threads=2", "--concurrent-runs=3", "--batching=off", "--max-batch=32");

        assertThat(settings.port()).isEqualTo(6000);
        assertThat(settings.runtime()).isEqualTo(new RuntimeSettings(2, 3, false, 32));
    }

    @Test
    void withoutOptionsTheServiceTakesTheMachinesDefaults() {
        var settings = CommandLine.settings();

        assertThat(settings.port()).isEqualTo(5200);
        assertThat(settings.runtime()).isEqualTo(RuntimeSettings.forThisMachine());
    }

    @Test
    void anUnknownOptionStopsTheStartAndNamesTheKnownOnes() {
        assertThatThrownBy(() -> CommandLine.settings("--threads=4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--threads=4").hasMessageContaining("--intra-op-threads=");
    }

    @Test
    void batchingTakesOnlyOnOrOff() {
        assertThatThrownBy(() -> CommandLine.settings("--batching=yes")).hasMessageContaining("on or off");
    }
}
