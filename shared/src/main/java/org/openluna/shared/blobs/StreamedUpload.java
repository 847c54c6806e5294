package org.openluna.shared.blobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * An object written as a stream whose length is not known beforehand, in S3 multipart parts, so a
 * function never holds more of it than one part. The SDK's own unknown-length uploads need its
 * asynchronous client (and an HTTP engine of its own); this is the same protocol on the synchronous
 * client every function already has. An object that fits one part is one plain put.
 *
 * <p>Nothing is visible under the key until {@link #close()} completes: an upload abandoned by a
 * crash is no object, and the bucket's lifecycle rule removes its parts. A write that fails aborts.
 */
final class StreamedUpload extends OutputStream {
    // S3 takes parts of 5 MiB at least, the last excepted
    static final int PART_BYTES = 8 << 20;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String contentType;
    private final Map<String, String> metadata;
    private final ByteArrayOutputStream part = new ByteArrayOutputStream(PART_BYTES);
    private final List<CompletedPart> sent = new ArrayList<>();
    private String uploadId;
    private boolean closed;

    StreamedUpload(S3Client s3, String bucket, String key, String contentType, Map<String, String> metadata) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.contentType = contentType;
        this.metadata = Map.copyOf(metadata);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            int taken = Math.min(length, PART_BYTES - part.size());
            part.write(bytes, offset, taken);
            offset += taken;
            length -= taken;
            if (part.size() == PART_BYTES) {
                sendPart();
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (uploadId == null) {
                s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).metadata(metadata), RequestBody.fromBytes(part.toByteArray()));
                return;
            }
            if (part.size() > 0) {
                sendPart();
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(sent)));
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** Gives up an upload the writer could not finish: its parts go, and nothing appears under the key. */
    void abort() {
        closed = true;
        if (uploadId != null) {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        }
    }

    private void sendPart() {
        if (uploadId == null) {
            uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType).metadata(metadata)).uploadId();
        }
        int number = sent.size() + 1;
        var answer = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number), RequestBody.fromBytes(part.toByteArray()));
        sent.add(CompletedPart.builder().partNumber(number).eTag(answer.eTag()).build());
        part.reset();
    }
}
