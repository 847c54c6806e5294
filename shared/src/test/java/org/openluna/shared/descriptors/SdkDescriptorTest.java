package org.openluna.shared.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

class SdkDescriptorTest {
    private final Descriptor descriptor = Descriptor.fromEmbedding(new RandomEmbeddings(9).unit());

    @Test
    void anSdkDescriptorIsTheMagicTheLittleEndianVersionAndThePayload() {
        var blob = SdkDescriptor.encode(descriptor);

        assertThat(blob).hasSize(8 + 512);
        assertThat(Arrays.copyOf(blob, 8)).containsExactly(0x64, 0x70, 0, 0, 0x92, 0x10, 0, 0);
        assertThat(Arrays.copyOfRange(blob, 8, blob.length)).isEqualTo(descriptor.int8());
    }

    @Test
    void anEncodedDescriptorParsesBackToItself() {
        assertThat(SdkDescriptor.parse(SdkDescriptor.encode(descriptor))).isEqualTo(descriptor);
        assertThat(SdkDescriptor.parseBase64(SdkDescriptor.encodeBase64(descriptor))).isEqualTo(descriptor);
    }

    @Test
    void ourBase64StartsLikeTheSeedsExamplesButCarriesOurVersion() {
        // the seed's version-56 example starts "ZHAAADgAAAB0"; the first six characters are the magic
        assertThat(SdkDescriptor.encodeBase64(descriptor)).startsWith("ZHAAAJIQAAA");
    }

    @Test
    void theSeedsVisionLabsExampleIsRefusedAsAnotherVersion() {
        // the prefix of the seed's example (l.1021) holds the whole header: version 56
        assertRefused(Base64.getDecoder().decode("ZHAAADgAAAB0"), ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION,
                "Descriptor version 56 is not supported; this platform only handles version 4242");
    }

    @Test
    void aDescriptorOfAnotherVersionIsRefusedEvenWhenItHasOurLength() {
        var blob = SdkDescriptor.encode(descriptor);
        blob[4] = 56;
        blob[5] = 0;

        assertRefused(blob, ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION,
                "Descriptor version 56 is not supported; this platform only handles version 4242");
    }

    @Test
    void aVersionWithTheTopBitSetIsReadAsUnsigned() {
        var blob = SdkDescriptor.encode(descriptor);
        blob[7] = (byte) 0x80;

        assertRefused(blob, ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION,
                "Descriptor version 2147487890 is not supported; this platform only handles version 4242");
    }

    @Test
    void bytesWithoutTheMagicAreRefused() {
        var blob = SdkDescriptor.encode(descriptor);
        blob[1] = 'q';

        assertRefused(blob, ErrorCode.BAD_DESCRIPTOR, "Bad descriptor: an SDK descriptor starts with the bytes 64 70 00 00");
        assertRefused(descriptor.int8(), ErrorCode.BAD_DESCRIPTOR, "Bad descriptor: an SDK descriptor starts with the bytes 64 70 00 00");
        assertRefused(new byte[] {'d', 'p'}, ErrorCode.BAD_DESCRIPTOR, "Bad descriptor: an SDK descriptor starts with the bytes 64 70 00 00");
    }

    @Test
    void aHeaderCutShortIsRefused() {
        assertRefused(new byte[] {'d', 'p', 0, 0, (byte) 0x92, 0x10}, ErrorCode.BAD_DESCRIPTOR,
                "Bad descriptor: the SDK descriptor header is cut short");
    }

    @Test
    void aPayloadOfTheWrongLengthIsRefused() {
        var blob = SdkDescriptor.encode(descriptor);

        assertRefused(Arrays.copyOf(blob, blob.length - 1), ErrorCode.BAD_DESCRIPTOR_LENGTH,
                "Descriptor of version 4242 must have 512 bytes, got 511");
        assertRefused(Arrays.copyOf(blob, blob.length + 4), ErrorCode.BAD_DESCRIPTOR_LENGTH,
                "Descriptor of version 4242 must have 512 bytes, got 516");
        assertRefused(Arrays.copyOf(blob, 8), ErrorCode.BAD_DESCRIPTOR_LENGTH,
                "Descriptor of version 4242 must have 512 bytes, got 0");
    }

    @Test
    void textThatIsNotBase64IsRefused() {
        assertThatThrownBy(() -> SdkDescriptor.parseBase64("ZHAA*AJIQ"))
                .isInstanceOfSatisfying(LunaException.class, e -> {
                    assertThat(e.error()).isEqualTo(ErrorCode.BAD_DESCRIPTOR);
                    assertThat(e.detail()).isEqualTo("Bad descriptor: not valid base64");
                });
    }

    @Test
    void base64WrappedIntoLinesIsRead() {
        var wrapped = Base64.getMimeEncoder().encodeToString(SdkDescriptor.encode(descriptor)) + "\n";

        assertThat(wrapped).contains("\r\n");
        assertThat(SdkDescriptor.parseBase64(wrapped)).isEqualTo(descriptor);
    }

    private static void assertRefused(byte[] blob, ErrorCode code, String detail) {
        assertThatThrownBy(() -> SdkDescriptor.parse(blob))
                .isInstanceOfSatisfying(LunaException.class, e -> {
                    assertThat(e.error()).isEqualTo(code);
                    assertThat(e.detail()).isEqualTo(detail);
                });
    }
}
