package org.openluna.shared.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs and checks the platform's JWTs (HS256): bearer tokens, whose claims follow LUNA's
 * {@code tokenId}/{@code accountId}/{@code expirationTime}, and login-cookie sessions.
 */
public final class TokenSigner {
    private static final String TOKEN_ID = "tokenId";
    private static final String ACCOUNT_ID = "accountId";
    private static final String EXPIRATION_TIME = "expirationTime";
    private static final String KIND = "kind";
    private static final String SESSION = "session";
    private static final String SESSION_ID = "sessionId";

    private final JWSSigner signer;
    private final JWSVerifier verifier;

    /** @param secret at least 32 bytes; a deployment takes it from its secret store */
    public TokenSigner(byte[] secret) {
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the token secret must be at least 32 bytes", e);
        }
    }

    /** @param expiration null for a token that never expires */
    public String signToken(UUID tokenId, UUID accountId, Instant expiration) {
        // a fresh jti makes every issue a different string, so a replaced token's old JWT can be told apart
        var claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim(TOKEN_ID, tokenId.toString())
                .claim(ACCOUNT_ID, accountId.toString())
                .claim(EXPIRATION_TIME, expiration == null ? null : expiration.toString());
        if (expiration != null) {
            claims.expirationTime(Date.from(expiration));
        }
        return sign(claims.build());
    }

    /** A login cookie's value: the stored session it names, signed so that no one can name another. */
    public String signSession(UUID sessionId, UUID accountId, Instant expiration) {
        return sign(new JWTClaimsSet.Builder()
                .claim(KIND, SESSION)
                .claim(SESSION_ID, sessionId.toString())
                .claim(ACCOUNT_ID, accountId.toString())
                .expirationTime(Date.from(expiration))
                .build());
    }

    /** The token id of a well-signed bearer JWT; empty when the string is not one of ours. */
    public Optional<UUID> tokenIdOf(String jwt) {
        return verified(jwt).filter(c -> c.getClaim(KIND) == null).flatMap(c -> uuidClaim(c, TOKEN_ID));
    }

    /** The session a well-signed cookie names; whether it still lives is the sessions table's to say. */
    public Optional<Sessions.Claims> session(String jwt) {
        return verified(jwt)
                .filter(c -> SESSION.equals(c.getClaim(KIND)))
                .flatMap(c -> Sessions.claims(uuidClaim(c, SESSION_ID).orElse(null), uuidClaim(c, ACCOUNT_ID).orElse(null)));
    }

    private String sign(JWTClaimsSet claims) {
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a JWT failed", e);
        }
        return jwt.serialize();
    }

    private Optional<JWTClaimsSet> verified(String jwt) {
        try {
            var parsed = SignedJWT.parse(jwt);
            if (!JWSAlgorithm.HS256.equals(parsed.getHeader().getAlgorithm()) || !parsed.verify(verifier)) {
                return Optional.empty();
            }
            return Optional.of(parsed.getJWTClaimsSet());
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuidClaim(JWTClaimsSet claims, String name) {
        try {
            return Optional.ofNullable(claims.getStringClaim(name)).map(UUID::fromString);
        } catch (ParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
