package org.openluna.shared.queues;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * An HMAC-SHA256 over a queue message's body, under a key drawn from the platform's secret: what the
 * platform reads back from its own queues, it wrote. Whoever else can send to a queue (a web page
 * posting to the local SQS emulator, which checks no credential; a role on AWS granted too much) can
 * put no event into an account that way.
 */
public final class MessageSeal {
    /** The message attribute that carries the seal. */
    public static final String ATTRIBUTE = "luna-seal";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param secret the platform's token secret; the seal's key is derived from it, never the same */
    public MessageSeal(byte[] secret) {
        this.key = new SecretKeySpec(mac(new SecretKeySpec(secret, ALGORITHM), "luna queue messages".getBytes(StandardCharsets.UTF_8)), ALGORITHM);
    }

    /** The message attributes that seal this body, to send with it. */
    public Map<String, MessageAttributeValue> attributes(String body) {
        return Map.of(ATTRIBUTE, MessageAttributeValue.builder().dataType("String").stringValue(of(body)).build());
    }

    /** Whether a received message (asked for with the {@link #ATTRIBUTE} attribute) carries this platform's seal. */
    public boolean isSealed(Message message) {
        var sealed = message.messageAttributes().get(ATTRIBUTE);
        return holds(message.body(), sealed == null ? null : sealed.stringValue());
    }

    public String of(String body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the seal is this body's; a missing one is no seal. */
    public boolean holds(String body, String seal) {
        return seal != null && MessageDigest.isEqual(of(body).getBytes(StandardCharsets.US_ASCII), seal.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] mac(SecretKeySpec key, byte[] data) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }
}
