package org.openluna.functions.tasks;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.tasks.Tasks;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * How {@code GET /6/tasks/{task_id}/result} hands a result over (ADR 0020): in the body when it is
 * small, else as a temporary redirect to a link that reads it from the results bucket for
 * {@link #LINK_VALID}. A Lambda behind API Gateway answers at most 6 MB, and an export with its
 * images outgrows that; clients that follow redirects, as Python's requests does for a GET, get the
 * same bytes. The link names one object of the caller's account and carries no other right.
 */
public final class TaskResults {
    /** Under Lambda's 6 MB once a binary body is base64-encoded. */
    public static final long INLINE_BYTES = 4L << 20;
    static final Duration LINK_VALID = Duration.ofMinutes(15);

    private final Tasks tasks;
    private final BlobStore results;
    private final S3Presigner presigner;
    private final long inlineBytes;

    public TaskResults(Tasks tasks, BlobStore results, S3Presigner presigner, long inlineBytes) {
        this.tasks = tasks;
        this.results = results;
        this.presigner = presigner;
        this.inlineBytes = inlineBytes;
    }

    ApiResponse answer(UUID account, long taskId) {
        var resultId = tasks.resultId(account, taskId);
        var blob = results.head(account, resultId).orElseThrow(() -> new LunaException(ErrorCode.TASK_RESULT_NOT_FOUND, taskId));
        if (blob.size() > inlineBytes) {
            var link = results.link(presigner, account, resultId, LINK_VALID);
            return new ApiResponse(307, Map.of("Location", link.toString()), new byte[0]);
        }
        var stored = results.get(account, resultId).orElseThrow(() -> new LunaException(ErrorCode.TASK_RESULT_NOT_FOUND, taskId));
        return ApiResponse.bytes(200, stored.blob().contentType(), stored.bytes());
    }
}
