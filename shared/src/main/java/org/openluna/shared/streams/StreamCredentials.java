package org.openluna.shared.streams;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.auth.AccessList;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Permissions;
import org.openluna.shared.auth.Token;
import org.openluna.shared.auth.TokenSigner;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.auth.VisibilityArea;
import org.openluna.shared.tables.TokensTable;

/**
 * The token a stream's analytics send events with, as an estimator task's (ADR 0022, 0024): it may
 * create events through the stream's handlers and nothing else, which its creator was checked for. The
 * processor that runs the stream grants it for each version, and revokes it when the version is
 * replaced or the stream deleted; it has no expiry, as the stream has none. Its account sees
 * it under {@code GET /6/tokens}, described as the stream's.
 */
public final class StreamCredentials {
    private final TokensTable tokens;
    private final TokenSigner signer;
    private final Clock clock;

    public StreamCredentials(TokensTable tokens, TokenSigner signer, Clock clock) {
        this.tokens = tokens;
        this.signer = signer;
        this.clock = clock;
    }

    /** A token for this version of the stream. */
    public Stream.Credential grant(Stream stream) {
        var account = stream.accountId();
        var streamId = stream.streamId();
        var handlerIds = stream.definition().handlerIds();
        var now = clock.instant();
        var permissions = new Permissions(Map.of(PermissionObject.EVENT.wire(), Set.of(Verb.CREATION)), Set.of(),
                new AccessList(true, List.copyOf(handlerIds), null), AccessList.denied());
        var tokenId = UUID.randomUUID();
        var token = new Token(tokenId, account, permissions, "video stream " + streamId, null, VisibilityArea.ACCOUNT,
                signer.signToken(tokenId, account, null), now, now);
        tokens.put(token);
        return new Stream.Credential(tokenId, token.jwt(), stream.version());
    }

    public void revoke(UUID account, Stream.Credential credential) {
        tokens.delete(account, credential.tokenId());
    }
}
