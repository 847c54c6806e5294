package org.openluna.shared.descriptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;

class DescriptorMediaTypeTest {
    private final Descriptor descriptor = Descriptor.fromEmbedding(new RandomEmbeddings(12).unit());

    @Test
    void theSeedsDescriptorContentTypesAreRecognisedWhateverTheirCaseAndParameters() {
        assertThat(DescriptorMediaType.of("application/x-sdk-descriptor")).contains(DescriptorMediaType.SDK);
        assertThat(DescriptorMediaType.of("Application/X-SDK-Descriptor-Base64; charset=ascii")).contains(DescriptorMediaType.SDK_BASE64);
        assertThat(DescriptorMediaType.of("application/x-vl-xpk")).contains(DescriptorMediaType.XPK);
        assertThat(DescriptorMediaType.of("application/x-vl-xpk-base64")).contains(DescriptorMediaType.XPK_BASE64);
    }

    @Test
    void theSeedsMisspeltXpkContentTypeIsRecognisedToo() {
        assertThat(DescriptorMediaType.of("applicaition/x-vl-xpk-base64")).contains(DescriptorMediaType.XPK_BASE64);
        assertThat(DescriptorMediaType.XPK_BASE64.mediaType()).isEqualTo("application/x-vl-xpk-base64");
    }

    @Test
    void imageAndJsonContentTypesAreNotDescriptors() {
        assertThat(DescriptorMediaType.of("image/jpeg")).isEmpty();
        assertThat(DescriptorMediaType.of("application/json")).isEmpty();
        assertThat(DescriptorMediaType.of(null)).isEmpty();
    }

    @Test
    void anSdkBodyIsReadInBinaryOrBase64() {
        var base64 = SdkDescriptor.encodeBase64(descriptor).getBytes(StandardCharsets.US_ASCII);

        assertThat(DescriptorMediaType.SDK.read(SdkDescriptor.encode(descriptor))).isEqualTo(descriptor);
        assertThat(DescriptorMediaType.SDK_BASE64.read(base64)).isEqualTo(descriptor);
    }

    @Test
    void anXpkBodyIsRefusedAsAnUnsupportedFormat() {
        for (var xpk : new DescriptorMediaType[] {DescriptorMediaType.XPK, DescriptorMediaType.XPK_BASE64}) {
            assertThatThrownBy(() -> xpk.read(new byte[] {1, 2, 3}))
                    .isInstanceOfSatisfying(LunaException.class, e -> {
                        assertThat(e.error()).isEqualTo(ErrorCode.UNSUPPORTED_DESCRIPTOR_FORMAT);
                        assertThat(e.detail()).isEqualTo("Descriptor format 'xpk_file' is not supported");
                    });
        }
    }

    @Test
    void anXpkFileEntityIsRefusedAsAnUnsupportedFormat() {
        assertThatThrownBy(() -> XpkFile.parse(new byte[0]))
                .isInstanceOfSatisfying(LunaException.class,
                        e -> assertThat(e.body().errorCode()).isEqualTo(12044));
    }
}
