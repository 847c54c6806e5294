package org.openluna.shared.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.RawDescriptor;
import org.openluna.shared.descriptors.SdkDescriptor;

class FaceAttributeJsonTest {
    private static final String SAMPLE = "ee4c42b6-23ae-410e-a2aa-a4220e64ba4b";
    private static final Descriptor DESCRIPTOR = descriptor(3);

    private static Descriptor descriptor(long seed) {
        var random = new Random(seed);
        var embedding = new float[Descriptor.DIMENSIONS];
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (float) random.nextGaussian();
        }
        return Descriptor.fromEmbedding(embedding);
    }

    private static FaceAttribute read(String json) {
        return FaceAttribute.fromJson(Json.tree(json.replace('\'', '"').getBytes()));
    }

    private static void assertRefused(String json, ErrorCode error, String detail) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(LunaException.class, e -> {
            assertThat(e.error()).isEqualTo(error);
            assertThat(e.detail()).contains(detail);
        });
    }

    @Test
    void theSeedsExampleOfBasicAttributesWithSamplesIsRead() {
        var attribute = read("{'basic_attributes': {'age': 29, 'gender': 0, 'ethnicity': 4}, 'basic_attributes_samples': ['" + SAMPLE + "']}");

        assertThat(attribute.basicAttributes()).isEqualTo(new BasicAttributes(29, 0, 4));
        assertThat(attribute.basicAttributesSamples()).containsExactly(UUID.fromString(SAMPLE));
        assertThat(attribute.faceDescriptor()).isEmpty();
        assertThat(attribute.descriptorSamples()).isEmpty();
    }

    @Test
    void aRawDescriptorWithOurVersionAndAnSdkStringAreBothRead() {
        var raw = read("{'face_descriptors': [{'descriptor': '" + RawDescriptor.encodeBase64(DESCRIPTOR) + "', 'version': 4242}],"
                + " 'face_descriptor_samples': ['" + SAMPLE + "']}");
        var sdk = read("{'face_descriptors': ['" + SdkDescriptor.encodeBase64(DESCRIPTOR) + "']}");

        assertThat(raw.descriptor()).isEqualTo(DESCRIPTOR);
        assertThat(raw.descriptorSamples()).containsExactly(UUID.fromString(SAMPLE));
        assertThat(sdk.descriptor()).isEqualTo(DESCRIPTOR);
        assertThat(sdk.basic()).isEmpty();
    }

    @Test
    void aDescriptorOfAnotherVersionIsRefusedWithTheVersionError() {
        assertRefused("{'face_descriptors': [{'descriptor': '2xQ2gprbMUePw1s9gw9fvA==', 'version': 56}]}",
                ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION, "Descriptor version 56 is not supported");
        var visionLabs = ByteBuffer.allocate(8 + 512).order(ByteOrder.LITTLE_ENDIAN).put(new byte[] {'d', 'p', 0, 0}).putInt(56).array();
        assertRefused("{'face_descriptors': ['" + Base64.getEncoder().encodeToString(visionLabs) + "']}",
                ErrorCode.UNSUPPORTED_DESCRIPTOR_VERSION, "Descriptor version 56");
    }

    @Test
    void badDescriptorBytesAreRefusedWithTheDescriptorErrors() {
        assertRefused("{'face_descriptors': [{'descriptor': 'not base64!', 'version': 4242}]}", ErrorCode.BAD_DESCRIPTOR, "base64");
        assertRefused("{'face_descriptors': [{'descriptor': 'AAAA', 'version': 4242}]}", ErrorCode.BAD_DESCRIPTOR_LENGTH, "got 3");
        assertRefused("{'face_descriptors': ['AAAA']}", ErrorCode.BAD_DESCRIPTOR, "64 70 00 00");
    }

    @Test
    void bodiesOutsideTheSchemaAreRefusedWithTheirPath() {
        var raw = RawDescriptor.encodeBase64(DESCRIPTOR);
        assertRefused("[]", ErrorCode.JSON_VALIDATION_FAILED, "Path: ''");
        assertRefused("{}", ErrorCode.JSON_VALIDATION_FAILED, "face_descriptors or basic_attributes is required");
        assertRefused("{'basic_attributes': {'age': 29, 'gender': 0, 'ethnicity': 4}, 'extra': 1}", ErrorCode.JSON_VALIDATION_FAILED,
                "Path: 'extra', message: 'extra fields not permitted'");
        assertRefused("{'face_descriptors': []}", ErrorCode.JSON_VALIDATION_FAILED, "Path: 'face_descriptors'");
        assertRefused("{'face_descriptors': [{'descriptor': '" + raw + "'}]}", ErrorCode.JSON_VALIDATION_FAILED,
                "Path: 'face_descriptors.0.version', message: 'field required'");
        assertRefused("{'face_descriptors': [{'descriptor': '" + raw + "', 'version': '4242'}]}", ErrorCode.JSON_VALIDATION_FAILED,
                "face_descriptors.0.version");
        assertRefused("{'face_descriptors': [{'descriptor': '" + raw + "', 'version': 4242}, {'descriptor': '" + raw + "', 'version': 4242}]}",
                ErrorCode.JSON_VALIDATION_FAILED, "Path: 'face_descriptors.1', message: 'descriptor version 4242 is given more than once'");
        assertRefused("{'face_descriptors': [12]}", ErrorCode.JSON_VALIDATION_FAILED, "face_descriptors.0");
    }

    @Test
    void basicAttributesNeedEveryFieldWithinItsRange() {
        assertRefused("{'basic_attributes': {'age': 29, 'gender': 0}}", ErrorCode.JSON_VALIDATION_FAILED,
                "Path: 'basic_attributes.ethnicity', message: 'field required'");
        assertRefused("{'basic_attributes': {'age': -1, 'gender': 0, 'ethnicity': 1}}", ErrorCode.JSON_VALIDATION_FAILED, "basic_attributes.age");
        assertRefused("{'basic_attributes': {'age': 29.5, 'gender': 0, 'ethnicity': 1}}", ErrorCode.JSON_VALIDATION_FAILED, "basic_attributes.age");
        assertRefused("{'basic_attributes': {'age': 29, 'gender': 2, 'ethnicity': 1}}", ErrorCode.JSON_VALIDATION_FAILED, "basic_attributes.gender");
        assertRefused("{'basic_attributes': {'age': 29, 'gender': 1, 'ethnicity': 5}}", ErrorCode.JSON_VALIDATION_FAILED, "basic_attributes.ethnicity");
        assertRefused("{'basic_attributes': {'age': 29, 'gender': 1, 'ethnicity': 1, 'mood': 2}}", ErrorCode.JSON_VALIDATION_FAILED,
                "basic_attributes.mood");
        assertRefused("{'basic_attributes': null}", ErrorCode.JSON_VALIDATION_FAILED, "Path: 'basic_attributes'");
    }

    @Test
    void sampleListsMustBeUniqueIdsOfAPartThatIsGiven() {
        var basic = "'basic_attributes': {'age': 29, 'gender': 0, 'ethnicity': 4}";
        assertRefused("{" + basic + ", 'face_descriptor_samples': ['" + SAMPLE + "']}", ErrorCode.JSON_VALIDATION_FAILED,
                "Path: 'face_descriptor_samples', message: 'is allowed only with face_descriptors'");
        assertRefused("{" + basic + ", 'basic_attributes_samples': ['" + SAMPLE + "', '" + SAMPLE + "']}", ErrorCode.JSON_VALIDATION_FAILED,
                "Path: 'basic_attributes_samples.1', message: 'sample ids must be unique'");
        assertRefused("{" + basic + ", 'basic_attributes_samples': ['" + SAMPLE.toUpperCase() + "']}", ErrorCode.JSON_VALIDATION_FAILED,
                "basic_attributes_samples.0");
        assertRefused("{" + basic + ", 'basic_attributes_samples': 'x'}", ErrorCode.JSON_VALIDATION_FAILED, "basic_attributes_samples");
    }

    @Test
    void theSamplesOfAnAttributeAreListedOnceEach() {
        var other = UUID.randomUUID();
        var attribute = new FaceAttribute(DESCRIPTOR, new BasicAttributes(30, 1, null), List.of(UUID.fromString(SAMPLE), other),
                List.of(other, UUID.fromString(SAMPLE)));

        assertThat(attribute.samples()).containsExactly(UUID.fromString(SAMPLE), other);
    }
}
