package org.openluna.shared.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

class DescriptorVersionTest {

    @ParameterizedTest
    @ValueSource(ints = {46, 52, 54, 56, 57, 58, 59, 60, 62, 64, 101})
    void everyVersionVisionLabsUsesIsRefused(int visionLabsVersion) {
        assertThatThrownBy(() -> DescriptorVersion.require(visionLabsVersion))
                .isInstanceOfSatisfying(LunaException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION);
                    assertThat(e.detail()).isEqualTo("Descriptor version " + visionLabsVersion
                            + " is not supported; this platform only handles version 4242");
                });
    }

    @Test
    void ourVersionIsAccepted() {
        assertThat(DescriptorVersion.require(4242)).isEqualTo(DescriptorVersion.OURS);
        assertThat(DescriptorVersion.OURS.isOurs()).isTrue();
    }

    @Test
    void aVersionThatOnlyMatchesInItsLowBitsIsRefused() {
        assertThatThrownBy(() -> DescriptorVersion.require(4242L + (1L << 32)))
                .isInstanceOfSatisfying(LunaException.class,
                        e -> assertThat(e.error()).isEqualTo(ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION));
    }
}
