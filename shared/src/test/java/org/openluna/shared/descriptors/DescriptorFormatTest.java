package org.openluna.shared.descriptors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptorFormatTest {
    private final Descriptor descriptor = Descriptor.fromEmbedding(new RandomEmbeddings(13).unit());

    @Test
    void theQueryValuesAreRawAndSdk() {
        assertThat(DescriptorFormat.parse("raw")).contains(DescriptorFormat.RAW);
        assertThat(DescriptorFormat.parse("sdk")).contains(DescriptorFormat.SDK);
        assertThat(DescriptorFormat.parse("xpk")).isEmpty();
        assertThat(DescriptorFormat.parse("SDK")).isEmpty();
    }

    @Test
    void eachFormatRendersTheDescriptorInItsOwnForm() {
        assertThat(DescriptorFormat.RAW.encodeBase64(descriptor)).isEqualTo(RawDescriptor.encodeBase64(descriptor));
        assertThat(DescriptorFormat.SDK.encodeBase64(descriptor)).isEqualTo(SdkDescriptor.encodeBase64(descriptor));
    }
}
