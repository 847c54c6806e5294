package org.openluna.shared.blobs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.api.Json;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import tools.jackson.core.type.TypeReference;

/**
 * One bucket of blobs (images, samples or objects). Every key is {@code <account_id>/<id>}, so a
 * blob can only be reached through the account that owns it. An expired blob reads as absent and is
 * removed on that read; on AWS a lifecycle rule removes the rest.
 */
public final class BlobStore {
    private static final String EXPIRY = "luna-expiry";
    private static final String META = "luna-meta";
    private static final TypeReference<Map<String, String>> META_TYPE = new TypeReference<>() {};

    private final S3Client s3;
    private final String bucket;
    private final Clock clock;

    public BlobStore(S3Client s3, String bucket, Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.clock = clock;
    }

    public void put(UUID account, UUID id, byte[] bytes, Blob blob) {
        s3.putObject(b -> b.bucket(bucket).key(key(account, id)).contentType(blob.contentType()).metadata(metadata(blob)),
                RequestBody.fromBytes(bytes));
    }

    /** What writes a blob too large to hold whole. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A blob written as a stream (its size in {@code blob} is not read): the function holds one part of
     * it at a time. It exists only once the writer is done; a writer that fails leaves nothing.
     */
    public void putStreamed(UUID account, UUID id, Blob blob, Writer writer) {
        var upload = new StreamedUpload(s3, bucket, key(account, id), blob.contentType(), metadata(blob));
        try {
            writer.writeTo(upload);
        } catch (IOException | RuntimeException e) {
            upload.abort();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        upload.close();
    }

    private static Map<String, String> metadata(Blob blob) {
        var metadata = new HashMap<String, String>();
        blob.expiry().ifPresent(t -> metadata.put(EXPIRY, t.toString()));
        if (!blob.userMeta().isEmpty()) {
            // user keys keep their case and any characters only if they travel encoded
            metadata.put(META, Base64.getUrlEncoder().encodeToString(Json.write(blob.userMeta())));
        }
        return metadata;
    }

    public Optional<Blob> head(UUID account, UUID id) {
        try {
            var head = s3.headObject(b -> b.bucket(bucket).key(key(account, id)));
            return live(account, id, describe(head.contentType(), head.contentLength(), head.metadata()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Optional<StoredBlob> get(UUID account, UUID id) {
        try {
            var response = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key(account, id)));
            var head = response.response();
            return live(account, id, describe(head.contentType(), head.contentLength(), head.metadata()))
                    .map(blob -> new StoredBlob(blob, response.asByteArray()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    /** A link that reads the blob for {@code valid}, without other credentials. */
    public URI link(S3Presigner presigner, UUID account, UUID id, Duration valid) {
        return URI.create(presigner.presignGetObject(b -> b.signatureDuration(valid)
                .getObjectRequest(get -> get.bucket(bucket).key(key(account, id)))).url().toString());
    }

    /** Deletes the blob; false when the account had no such blob. */
    public boolean delete(UUID account, UUID id) {
        if (head(account, id).isEmpty()) {
            return false;
        }
        s3.deleteObject(b -> b.bucket(bucket).key(key(account, id)));
        return true;
    }

    private Optional<Blob> live(UUID account, UUID id, Blob blob) {
        if (blob.isExpiredAt(clock.instant())) {
            s3.deleteObject(b -> b.bucket(bucket).key(key(account, id)));
            return Optional.empty();
        }
        return Optional.of(blob);
    }

    private static Blob describe(String contentType, Long size, Map<String, String> metadata) {
        var expiry = Optional.ofNullable(metadata.get(EXPIRY)).map(Instant::parse).orElse(null);
        Map<String, String> userMeta = Optional.ofNullable(metadata.get(META))
                .map(encoded -> Json.mapper().readValue(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8), META_TYPE))
                .orElse(Map.of());
        return new Blob(contentType == null ? "application/octet-stream" : contentType, size == null ? 0 : size, expiry, userMeta);
    }

    private static String key(UUID account, UUID id) {
        return account + "/" + id;
    }
}
