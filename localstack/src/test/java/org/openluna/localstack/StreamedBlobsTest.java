package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.blobs.Blob;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.blobs.BucketNames;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A blob written as a stream, through the emulated S3 the platform runs on: one larger than several
 * multipart parts reads back byte for byte, and a writer that fails midway leaves nothing behind.
 */
@ExtendWith(RunningStack.class)
class StreamedBlobsTest {

    @Test
    void aStreamOfSeveralPartsReadsBackWholeAndAFailedOneLeavesNothing(RunningStack.Started started) {
        var s3 = started.stack().bean(S3Client.class);
        var bucket = started.stack().bean(BucketNames.class).taskResults();
        var store = new BlobStore(s3, bucket, Clock.systemUTC());
        var account = UUID.randomUUID();
        var bytes = new byte[20 << 20];
        new Random(7).nextBytes(bytes);

        var whole = UUID.randomUUID();
        store.putStreamed(account, whole, new Blob("application/zip", 0, null, Map.of()), out -> {
            // in uneven writes, so parts are cut inside them
            for (int offset = 0; offset < bytes.length; offset += 1_000_003) {
                out.write(bytes, offset, Math.min(1_000_003, bytes.length - offset));
            }
        });
        var stored = store.get(account, whole).orElseThrow();
        assertThat(stored.blob().contentType()).isEqualTo("application/zip");
        assertThat(stored.bytes()).isEqualTo(bytes);

        var failed = UUID.randomUUID();
        assertThatThrownBy(() -> store.putStreamed(account, failed, new Blob("application/zip", 0, null, Map.of()), out -> {
            out.write(bytes);
            throw new IOException("the writer gave up");
        })).hasMessageContaining("the writer gave up");
        assertThat(store.head(account, failed)).isEmpty();
        assertThat(s3.listMultipartUploads(b -> b.bucket(bucket).prefix(account + "/")).uploads()).isEmpty();
    }
}
