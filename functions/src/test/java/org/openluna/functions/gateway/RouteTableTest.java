package org.openluna.functions.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    @Test
    void eachMethodAndTemplateAppearsOnce() {
        var seen = new HashSet<String>();
        RouteTable.routes().forEach(r -> assertThat(seen.add(r.method() + " " + r.template())).as(r.template()).isTrue());
    }

    @Test
    void aLiteralSegmentWinsOverAParameter() {
        var match = RouteTable.find("POST", "/6/samples/faces");
        assertThat(match).isInstanceOf(RouteTable.Match.Found.class);
        var found = (RouteTable.Match.Found) match;
        assertThat(found.route().function()).isEqualTo("createSample");
        assertThat(found.params()).containsEntry("samples_type", "faces");
    }

    @Test
    void pathParametersAreCaptured() {
        var found = (RouteTable.Match.Found) RouteTable.find("GET", "/6/samples/bodies/abc");
        assertThat(found.route().function()).isEqualTo("getSample");
        assertThat(found.params()).containsEntry("sample_id", "abc");
        assertThat(((RouteTable.Match.Found) RouteTable.find("GET", "/6/samples/abc")).route().function()).isEqualTo("getSampleV5");
    }

    @Test
    void aKnownPathWithAnotherMethodListsTheAllowedOnes() {
        var match = RouteTable.find("POST", "/6/tokens/abc");
        assertThat(match).isInstanceOf(RouteTable.Match.WrongMethod.class);
        assertThat(((RouteTable.Match.WrongMethod) match).allowed()).containsExactly("DELETE", "GET", "PUT");
        assertThat(RouteTable.find("GET", "/6/tokens/abc/extra")).isInstanceOf(RouteTable.Match.NotFound.class);
        assertThat(RouteTable.find("GET", "/6/images/")).isInstanceOf(RouteTable.Match.WrongMethod.class);
    }

    @Test
    void faceCountsAreNotTakenForFaceIds() {
        assertThat(((RouteTable.Match.Found) RouteTable.find("GET", "/6/faces/count")).route().function()).isEqualTo("countFaces");
        assertThat(((RouteTable.Match.Found) RouteTable.find("GET", "/6/faces/attributes/count")).route().function()).isEqualTo("countFaceAttributes");
        var face = (RouteTable.Match.Found) RouteTable.find("GET", "/6/faces/abc/attributes");
        assertThat(face.route().function()).isEqualTo("getFaceAttribute");
        assertThat(face.params()).containsEntry("face_id", "abc");
        assertThat(((RouteTable.Match.Found) RouteTable.find("PATCH", "/6/lists/abc/faces")).route().function()).isEqualTo("changeListFaces");
    }

    @Test
    void handlerCountAndTheValidatorAreNotTakenForHandlerIds() {
        assertThat(((RouteTable.Match.Found) RouteTable.find("GET", "/6/handlers/count")).route().function()).isEqualTo("countHandlers");
        assertThat(((RouteTable.Match.Found) RouteTable.find("POST", "/6/handlers/validator")).route().function())
                .isEqualTo("validateHandlerPolicies");
        var handler = (RouteTable.Match.Found) RouteTable.find("PUT", "/6/handlers/abc");
        assertThat(handler.route().function()).isEqualTo("replaceHandler");
        assertThat(handler.params()).containsEntry("handler_id", "abc");
        assertThat(((RouteTable.Match.WrongMethod) RouteTable.find("PATCH", "/6/handlers")).allowed()).containsExactly("GET", "POST");
    }

    @Test
    void verifierCountAndVerificationsAreNotTakenForVerifierIds() {
        assertThat(((RouteTable.Match.Found) RouteTable.find("GET", "/6/verifiers/count")).route().function()).isEqualTo("countVerifiers");
        var verifications = (RouteTable.Match.Found) RouteTable.find("POST", "/6/verifiers/abc/verifications");
        assertThat(verifications.route().function()).isEqualTo("verifyFaces");
        assertThat(verifications.params()).containsEntry("verifier_id", "abc");
        assertThat(((RouteTable.Match.Found) RouteTable.find("POST", "/6/verifiers/abc/raw")).route().function()).isEqualTo("verifyRaw");
        assertThat(((RouteTable.Match.Found) RouteTable.find("PUT", "/6/verifiers/abc")).route().function()).isEqualTo("replaceVerifier");
        // a path spelled out answers for itself, never as a verifier id
        assertThat(((RouteTable.Match.WrongMethod) RouteTable.find("POST", "/6/verifiers/count")).allowed()).containsExactly("GET");
        assertThat(((RouteTable.Match.WrongMethod) RouteTable.find("GET", "/6/verifiers/abc/raw")).allowed()).containsExactly("POST");
    }

    @Test
    void aPathSpelledOutAnswersForEveryMethodRatherThanPassingForAnId() {
        assertThat(((RouteTable.Match.WrongMethod) RouteTable.find("GET", "/6/handlers/validator")).allowed()).containsExactly("POST");
        assertThat(((RouteTable.Match.WrongMethod) RouteTable.find("DELETE", "/6/faces/count")).allowed()).containsExactly("GET");
        assertThat(((RouteTable.Match.WrongMethod) RouteTable.find("PUT", "/6/lists/count")).allowed()).containsExactly("GET");
        assertThat(((RouteTable.Match.Found) RouteTable.find("DELETE", "/6/faces/abc")).route().function()).isEqualTo("deleteFace");
    }
}
