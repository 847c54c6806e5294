package org.openluna.shared.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;

class PermissionsTest {

    private static Permissions read(String json) {
        return PermissionsJson.read(Json.tree(json.getBytes()), "permissions");
    }

    @Test
    void theSeedsExampleIsReadAndWrittenBackInTheSameShape() {
        var permissions = read("""
                {"face": ["creation", "view", "modification", "deletion", "matching"], "image": ["view"],
                 "resources": ["sdk"], "emit_events": {"allowed": 1, "white_list": null, "black_list": null},
                 "verify": {"allowed": 0, "white_list": ["557d54ec-29ad-4f3c-93b4-c9092ef12515"], "black_list": null}}""");
        assertThat(permissions.permits(PermissionObject.FACE, Verb.MATCHING)).isTrue();
        assertThat(permissions.permits(PermissionObject.IMAGE, Verb.DELETION)).isFalse();
        var written = PermissionsJson.write(permissions);
        assertThat(written.propertyNames()).startsWith("account", "face", "list", "event", "attribute", "handler", "verifier",
                "task", "face_sample", "body_sample", "image", "object", "token", "resources", "emit_events", "lambdas", "verify");
        assertThat(read(written.toString())).isEqualTo(permissions);
    }

    @Test
    void verbsOutsideAnObjectsListAndMalformedKeysAreRefused() {
        assertThatThrownBy(() -> read("{\"image\": [\"matching\"]}")).isInstanceOf(LunaException.class);
        assertThatThrownBy(() -> read("{\"AB\": [\"view\"]}")).isInstanceOf(LunaException.class);
        assertThatThrownBy(() -> read("{\"resources\": [\"video\"]}")).isInstanceOf(LunaException.class);
        assertThatThrownBy(() -> read("{\"verify\": {\"allowed\": 2}}")).isInstanceOf(LunaException.class);
        assertThat(read("{\"my_plugin\": [\"view\"]}").customObjects()).containsExactly("my_plugin");
    }

    @Test
    void aWhiteListNarrowsAndABlackListExcludes() {
        var id = java.util.UUID.randomUUID();
        assertThat(new AccessList(true, java.util.List.of(id), null).permits(id)).isTrue();
        assertThat(new AccessList(true, java.util.List.of(), null).permits(id)).isFalse();
        assertThat(new AccessList(true, null, java.util.List.of(id)).permits(id)).isFalse();
        assertThat(AccessList.denied().permits(id)).isFalse();
    }

    @Test
    void aPasswordMatchesOnlyItsOwnHashEvenPastBcryptsLimit() {
        var hasher = new PasswordHasher(4);
        var longPassword = "x".repeat(100);
        var hash = hasher.hash(longPassword);
        assertThat(hasher.matches(longPassword, hash)).isTrue();
        assertThat(hasher.matches("x".repeat(99) + "y", hash)).isFalse();
    }

    @Test
    void aSignedTokenIsRecognisedAndATamperedOneIsNot() {
        var signer = new TokenSigner("0123456789abcdef0123456789abcdef".getBytes());
        var tokenId = java.util.UUID.randomUUID();
        var jwt = signer.signToken(tokenId, java.util.UUID.randomUUID(), null);
        assertThat(signer.tokenIdOf(jwt)).contains(tokenId);
        assertThat(new TokenSigner("another-secret-another-secret-32b".getBytes()).tokenIdOf(jwt)).isEmpty();
        var sessionId = java.util.UUID.randomUUID();
        var session = signer.signSession(sessionId, tokenId, java.time.Instant.now().plusSeconds(60));
        assertThat(signer.tokenIdOf(session)).isEmpty();
        assertThat(signer.session(session)).contains(new Sessions.Claims(sessionId, tokenId));
        assertThat(signer.session(jwt)).isEmpty();
        assertThat(new TokenSigner("another-secret-another-secret-32b".getBytes()).session(session)).isEmpty();
    }
}
