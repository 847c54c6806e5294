package org.openluna.shared.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

class RawDescriptorTest {
    private final Descriptor descriptor = Descriptor.fromEmbedding(new RandomEmbeddings(10).unit());

    @Test
    void aRawDescriptorIsThePayloadAloneInBase64() {
        assertThat(RawDescriptor.encode(descriptor)).isEqualTo(descriptor.int8());
        assertThat(Base64.getDecoder().decode(RawDescriptor.encodeBase64(descriptor))).isEqualTo(descriptor.int8());
    }

    @Test
    void aRawDescriptorWithOurVersionParsesBackToItself() {
        assertThat(RawDescriptor.parseBase64(RawDescriptor.encodeBase64(descriptor), 4242)).isEqualTo(descriptor);
        assertThat(RawDescriptor.parse(descriptor.int8(), 4242)).isEqualTo(descriptor);
    }

    @Test
    void aRawDescriptorOfAnotherVersionIsRefusedBeforeItsLengthIsLookedAt() {
        // the seed's attribute example (l.1895-1898): a short base64 string said to be version 46
        assertThatThrownBy(() -> RawDescriptor.parseBase64("2xQ2gprbMUePw1s9gw9fvA==", 46))
                .isInstanceOfSatisfying(LunaException.class,
                        e -> assertThat(e.error()).isEqualTo(ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION));
    }

    @Test
    void aRawDescriptorOfOurVersionButTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> RawDescriptor.parseBase64("2xQ2gprbMUePw1s9gw9fvA==", 4242))
                .isInstanceOfSatisfying(LunaException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.BAD_DESCRIPTOR_LENGTH);
                    assertThat(e.detail()).isEqualTo("Descriptor of version 4242 must have 512 bytes, got 16");
                });
    }

    @Test
    void anSdkBlobSentAsRawIsRefusedForItsLength() {
        assertThatThrownBy(() -> RawDescriptor.parse(SdkDescriptor.encode(descriptor), 4242))
                .isInstanceOfSatisfying(LunaException.class,
                        e -> assertThat(e.error()).isEqualTo(ErrorCode.BAD_DESCRIPTOR_LENGTH));
    }
}
