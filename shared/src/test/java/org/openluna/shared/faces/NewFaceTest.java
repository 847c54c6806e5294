package org.openluna.shared.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;

class NewFaceTest {
    private static final String LIST = "234fc28c-a767-42fc-a0c2-e01ad00b5c59";
    private static final String ATTRIBUTE = "b4a40d88-8998-4e19-8cc8-be894a1ceb5e";

    private static NewFace read(String json) {
        return NewFace.fromJson(Json.tree(json.replace('\'', '"').getBytes()));
    }

    private static void assertRefused(String json, String detail) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(LunaException.class, e -> {
            assertThat(e.error()).isEqualTo(ErrorCode.JSON_VALIDATION_FAILED);
            assertThat(e.detail()).isEqualTo("Failed to validate input json. " + detail);
        });
    }

    @Test
    void theSeedsExampleBodyReadsAsAFaceFromATemporaryAttribute() {
        var face = read("{'external_id': '2xQ2gprbMUePw1s9gw9fvA==', 'attribute': {'attribute_id': '" + ATTRIBUTE + "'},"
                + " 'user_data': 'some_string', 'lists': ['" + LIST + "'], 'event_id': '557d54ec-29ad-4f3c-93b4-c9092ef12515'}");
        assertThat(face.fields().externalId()).isEqualTo("2xQ2gprbMUePw1s9gw9fvA==");
        assertThat(face.fields().avatar()).isEmpty();
        assertThat(face.attribute()).isEqualTo(new AttributeSource.Temporary(java.util.UUID.fromString(ATTRIBUTE)));
        assertThat(face.lists()).hasSize(1);
    }

    @Test
    void anEmptyObjectIsAFaceWithDefaultsAndNoAttribute() {
        var face = read("{}");
        assertThat(face.fields()).isEqualTo(FaceFields.none());
        assertThat(face.attribute()).isNull();
        assertThat(face.lists()).isEmpty();
    }

    @Test
    void errorsInsideTheAttributeNameTheirPlaceInTheWholeBody() {
        assertRefused("{'attribute': {'attribute_id': '" + ATTRIBUTE + "', 'basic_attributes': {}}}",
                "Path: 'attribute.basic_attributes', message: 'extra fields not permitted'");
        assertRefused("{'attribute': {'attribute_id': 'B4A40D88-8998-4E19-8CC8-BE894A1CEB5E'}}",
                "Path: 'attribute.attribute_id', message: 'must be a UUID4 in lower case'");
        assertRefused("{'attribute': {'basic_attributes': {'age': 1, 'gender': 2, 'ethnicity': 1}}}",
                "Path: 'attribute.basic_attributes.gender', message: 'must be an integer from 0 to 1'");
        assertRefused("{'attribute': {}}", "Path: 'attribute', message: 'face_descriptors or basic_attributes is required'");
        assertRefused("{'attribute': 5}", "Path: 'attribute', message: 'must be an object'");
    }

    @Test
    void theSeedsLimitsAndTypesAreHeldTo() {
        assertRefused("{'lists': []}", "Path: 'lists', message: 'must hold at least one list id'");
        assertRefused("{'lists': ['" + LIST + "', '" + LIST + "']}", "Path: 'lists.1', message: 'list ids must be unique'");
        assertRefused("{'avatar': 'a b'}", "Path: 'avatar', message: 'must be a URI reference'");
        assertRefused("{'user_data': null}", "Path: 'user_data', message: 'must be a string'");
        assertRefused("{'event_id': 7}", "Path: 'event_id', message: 'must be a UUID4 in lower case'");
        assertRefused("[]", "Path: '', message: 'must be an object'");
        assertThat(read("{'avatar': '/6/samples/faces/" + LIST + "'}").fields().avatar()).startsWith("/6/samples");
    }
}
