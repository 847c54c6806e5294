package org.openluna.shared.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

class DescriptorTest {

    @Test
    void anEmbeddingIsNormalisedBeforeItIsQuantised() {
        var unit = new RandomEmbeddings(5).unit();
        var scaled = new float[unit.length];
        for (int i = 0; i < unit.length; i++) {
            scaled[i] = unit[i] * 17f;
        }

        assertThat(Descriptor.fromEmbedding(scaled)).isEqualTo(Descriptor.fromEmbedding(unit));
    }

    @Test
    void anEmbeddingOfTheWrongSizeIsAProgrammingError() {
        assertThatThrownBy(() -> Descriptor.fromEmbedding(new float[128])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmbeddingWithoutDirectionIsAProgrammingError() {
        var nan = new float[Descriptor.DIMENSIONS];
        nan[3] = Float.NaN;

        assertThatThrownBy(() -> Descriptor.fromEmbedding(new float[Descriptor.DIMENSIONS])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Descriptor.fromEmbedding(nan)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPayloadOfTheWrongLengthIsRefusedWithItsLength() {
        assertThatThrownBy(() -> Descriptor.fromInt8(new byte[511]))
                .isInstanceOfSatisfying(LunaException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.BAD_DESCRIPTOR_LENGTH);
                    assertThat(e.detail()).isEqualTo("Descriptor of version 4242 must have 512 bytes, got 511");
                });
    }

    @Test
    void theDescriptorNeverSharesItsBytes() {
        var payload = Descriptor.fromEmbedding(new RandomEmbeddings(6).unit()).int8();
        var descriptor = Descriptor.fromInt8(payload);

        payload[0]++;
        descriptor.int8()[1]++;

        assertThat(descriptor.int8()[0]).isEqualTo((byte) (payload[0] - 1));
        assertThat(descriptor).isEqualTo(Descriptor.fromInt8(descriptor.int8()));
    }

    @Test
    void descriptorsWithTheSameBytesAreEqual() {
        var bytes = Descriptor.fromEmbedding(new RandomEmbeddings(8).unit()).int8();

        assertThat(Descriptor.fromInt8(bytes)).isEqualTo(Descriptor.fromInt8(bytes)).hasSameHashCodeAs(Descriptor.fromInt8(bytes));
        assertThat(Descriptor.fromInt8(bytes).version()).isEqualTo(DescriptorVersion.OURS);
    }
}
