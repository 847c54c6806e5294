package org.openluna.shared.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.auth.AccessList;
import org.openluna.shared.auth.PermissionObject;
import org.openluna.shared.auth.Permissions;
import org.openluna.shared.auth.Token;
import org.openluna.shared.auth.TokenSigner;
import org.openluna.shared.auth.Verb;
import org.openluna.shared.auth.VisibilityArea;
import org.openluna.shared.blobs.Blob;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.blobs.ImageFormat;
import org.openluna.shared.api.Times;
import org.openluna.shared.handlers.Handler;
import org.openluna.shared.handlers.HandlerType;
import org.openluna.shared.handlers.Policies;
import org.openluna.shared.http.CallbackTargets;
import org.openluna.shared.tables.HandlersTable;
import org.openluna.shared.tables.TasksTable;
import org.openluna.shared.tables.TokensTable;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the task functions do for an estimator task (ADR 0022). The plan fetches the ZIP archive once
 * and keeps each image it takes in the task-results bucket, under an id its place in the archive
 * decides, so a plan done again keeps the same images. Each part posts its images to the handler
 * through the platform's own API, as a client would, with the token its task was created with, which
 * may only create events with that handler: the events are those a client posting the photos one by
 * one would get. A part records each image's answer on its subtask as it goes, so a part whose worker
 * was killed posts again only the images it had not recorded. When the task ends, its token and
 * images are removed.
 */
public final class Estimator {
    /** The most a part posts: ten photos take a few seconds of inference, well within a function's time. */
    public static final int PART_SIZE = 10;
    private static final long MAX_IMAGE_BYTES = 64L << 20;
    private static final Duration FETCH_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration POST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STAGED_FOR = Duration.ofDays(7);

    /** An image of the archive, as the plan kept it. */
    public record Staged(UUID id, String name) {}

    private final HttpClient http;
    private final CallbackTargets targets;
    private final URI api;
    private final BlobStore staging;
    private final TasksTable table;
    private final TokensTable tokens;
    private final HandlersTable handlers;
    private final TokenSigner signer;
    private final Clock clock;

    /**
     * @param targets what the archive's url may be, as a callback's (ADR 0016): never the platform's own services
     * @param api the platform's API, which the parts post to
     * @param staging where the plan keeps the images: the task-results bucket
     */
    public Estimator(HttpClient http, CallbackTargets targets, URI api, BlobStore staging, TasksTable table, TokensTable tokens,
                     HandlersTable handlers, TokenSigner signer, Clock clock) {
        this.http = http;
        this.targets = targets;
        this.api = api;
        this.staging = staging;
        this.table = table;
        this.tokens = tokens;
        this.handlers = handlers;
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * The token the task's parts post with, made once: it may create events with the task's handler
     * and nothing else, which its creator was checked for when the task was made (ADR 0022). It lives
     * a week at most, and goes when the task ends. Shown to its account under {@code GET /6/tokens}
     * as any token, described as the task's.
     */
    public void grant(Task task) {
        if (table.credential(task.accountId(), task.taskId()).isPresent()) {
            return;
        }
        var content = EstimatorContent.read(task.content());
        var now = clock.instant();
        if (content.policies() != null) {
            makeHandler(task, content.policies());
        }
        var expiry = now.plus(STAGED_FOR);
        var permissions = new Permissions(Map.of(PermissionObject.EVENT.wire(), java.util.Set.of(Verb.CREATION)), java.util.Set.of(),
                new AccessList(true, List.of(handlerOf(task, content)), null), AccessList.denied());
        var tokenId = UUID.randomUUID();
        var token = new Token(tokenId, task.accountId(), permissions, "estimator task " + task.taskId(), expiry, VisibilityArea.ACCOUNT,
                signer.signToken(tokenId, task.accountId(), expiry), now, now);
        tokens.put(token);
        if (!table.setCredentialOnce(task.accountId(), task.taskId(), new TasksTable.Credential(tokenId, token.jwt()))) {
            tokens.delete(task.accountId(), tokenId); // another plan of the same task granted one first
        }
    }

    /**
     * The handler of content with policies of its own (ADR 0022): a static handler of those policies,
     * under an id the task decides, so a plan done again finds the one it made. It is the account's for
     * the task's time, described as the task's, and removed when the task ends.
     */
    private void makeHandler(Task task, Policies policies) {
        var time = Times.now(clock);
        try {
            handlers.create(new Handler(handlerOf(task, null), task.accountId(), "estimator task " + task.taskId(), HandlerType.STATIC,
                    policies, null, time, time));
        } catch (ConditionalCheckFailedException madeBefore) {
            // a plan of the same task made it before dying
        }
    }

    /** The handler the task's images are posted to: the content's, or the one made for the task. */
    private static UUID handlerOf(Task task, EstimatorContent content) {
        if (content != null && content.handlerId() != null) {
            return content.handlerId();
        }
        return UUID.nameUUIDFromBytes((task.accountId() + "/estimator-handler/" + task.taskId()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The source's images the content takes: an archive's fetched and kept, a bucket's listed (a part
     * reads each from the bucket). A source that cannot be read fails the task.
     */
    public List<Staged> stage(Task task) {
        var content = EstimatorContent.read(task.content());
        var endpoint = content.source().endpoint();
        var refusal = endpoint == null ? java.util.Optional.<String>empty() : targets.refusal(endpoint);
        if (refusal.isPresent()) {
            throw new LunaException(ErrorCode.SOURCE_UNREADABLE, endpoint, refusal.get());
        }
        return switch (content.source()) {
            case EstimatorContent.Zip zip -> fetch(task, content, zip);
            case EstimatorContent.S3 s3 -> list(task, content, s3);
        };
    }

    private List<Staged> fetch(Task task, EstimatorContent content, EstimatorContent.Zip zip) {
        var request = HttpRequest.newBuilder(zip.reference()).timeout(FETCH_TIMEOUT).GET();
        if (zip.login() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (zip.login() + ":" + zip.password()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (var body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new LunaException(ErrorCode.SOURCE_UNREADABLE, zip.reference(), "status " + response.statusCode());
                }
                return stage(task, content, body);
            }
        } catch (IOException e) {
            throw new LunaException(ErrorCode.SOURCE_UNREADABLE, zip.reference(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LunaException(ErrorCode.SOURCE_UNREADABLE, zip.reference(), "interrupted");
        }
    }

    /** A bucket's keys the content takes, in the bucket's order; nothing is copied. */
    private List<Staged> list(Task task, EstimatorContent content, EstimatorContent.S3 source) {
        var staged = new ArrayList<Staged>();
        try (var s3 = S3Sources.client(source)) {
            var keys = s3.listObjectsV2Paginator(b -> b.bucket(source.bucket()).prefix(content.prefix())).contents();
            int index = 0;
            for (var object : keys) {
                if (content.takes(object.key())) {
                    staged.add(new Staged(id(task, index++), object.key()));
                }
            }
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            throw new LunaException(ErrorCode.SOURCE_UNREADABLE, "s3://" + source.bucket(), e.getMessage());
        }
        return staged;
    }

    private static UUID id(Task task, int index) {
        return UUID.nameUUIDFromBytes((task.accountId() + "/task/" + task.taskId() + "/image/" + index).getBytes(StandardCharsets.UTF_8));
    }

    private List<Staged> stage(Task task, EstimatorContent content, InputStream body) throws IOException {
        var staged = new ArrayList<Staged>();
        var expiry = clock.instant().plus(STAGED_FOR);
        try (var zip = new ZipInputStream(body)) {
            int index = 0;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory() || !content.takes(entry.getName())) {
                    continue;
                }
                var bytes = zip.readNBytes((int) MAX_IMAGE_BYTES + 1);
                if (bytes.length > MAX_IMAGE_BYTES) {
                    throw new LunaException(ErrorCode.SOURCE_UNREADABLE, content.source().endpoint(), entry.getName() + " is over 64 MiB");
                }
                var id = id(task, index++);
                staging.put(task.accountId(), id, bytes, new Blob("application/octet-stream", bytes.length, expiry, Map.of()));
                staged.add(new Staged(id, entry.getName()));
            }
        }
        return staged;
    }

    /** One part: each image posted to the handler once, its answer recorded; {@code [{filename, status, event_ids | error}]}. */
    public ArrayNode post(Task task, int subtaskId, List<Staged> images) {
        var content = EstimatorContent.read(task.content());
        var handlerId = handlerOf(task, content);
        var jwt = table.credential(task.accountId(), task.taskId()).map(TasksTable.Credential::jwt)
                .orElseThrow(() -> new LunaException(ErrorCode.SOURCE_UNREADABLE, "the task's token", "it has been removed"));
        var results = Json.mapper().createArrayNode();
        try (var bytes = new ImageBytes(task.accountId(), content.source())) {
            for (int i = 0; i < images.size(); i++) {
                var recorded = table.partItem(task.accountId(), task.taskId(), subtaskId, "image_" + i);
                if (recorded.isPresent()) {
                    results.add(Json.tree(recorded.get().getBytes(StandardCharsets.UTF_8)));
                    continue;
                }
                var answer = post(handlerId, content.imageType(), images.get(i), bytes, jwt);
                table.recordPartItem(task.accountId(), task.taskId(), subtaskId, "image_" + i, Json.writeString(answer));
                results.add(answer);
            }
        }
        return results;
    }

    /** A part's images: a ZIP's from where the plan kept them, a bucket's from the bucket. */
    private final class ImageBytes implements AutoCloseable {
        private final UUID account;
        private final EstimatorContent.S3 bucket;
        private software.amazon.awssdk.services.s3.S3Client s3;

        ImageBytes(UUID account, EstimatorContent.Source source) {
            this.account = account;
            this.bucket = source instanceof EstimatorContent.S3 s3Source ? s3Source : null;
        }

        /** The image's bytes; empty when it is gone (deleted from the bucket since the plan listed it). */
        java.util.Optional<byte[]> of(Staged image) {
            if (bucket == null) {
                return staging.get(account, image.id()).map(stored -> stored.bytes());
            }
            if (s3 == null) {
                s3 = S3Sources.client(bucket);
            }
            try {
                return java.util.Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket.bucket()).key(image.name())).asByteArray());
            } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException gone) {
                return java.util.Optional.empty();
            } catch (software.amazon.awssdk.core.exception.SdkException e) {
                // the bucket did not answer: the part's message comes back and tries again
                throw new IllegalStateException("the source bucket did not answer: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (s3 != null) {
                s3.close();
            }
        }
    }

    private ObjectNode post(UUID handlerId, int imageType, Staged image, ImageBytes source, String jwt) {
        var answer = Json.object();
        answer.put("filename", image.name());
        var found = source.of(image);
        if (found.isEmpty()) {
            return failed(answer, ErrorCode.SOURCE_UNREADABLE.code(), "the image is gone from its source");
        }
        var bytes = found.get();
        var type = java.util.Arrays.stream(ImageFormat.values()).filter(format -> format.matches(bytes)).findFirst()
                .map(ImageFormat::contentType).orElse("application/octet-stream");
        var uri = api.resolve("/6/handlers/" + handlerId + "/events?image_type=" + imageType);
        var request = HttpRequest.newBuilder(uri).timeout(POST_TIMEOUT).header("Authorization", "Bearer " + jwt)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 500) {
                // the platform could not do it now: the part's message comes back and tries again
                throw new java.io.UncheckedIOException(new IOException("the handler answered " + response.statusCode()));
            }
            var body = Json.tree(response.body());
            if (response.statusCode() / 100 != 2) {
                answer.put("status", 0);
                answer.set("error", body);
                return answer;
            }
            answer.put("status", 1);
            var ids = answer.putArray("event_ids");
            body.get("events").forEach(event -> ids.add(event.get("event_id").asString()));
            return answer;
        } catch (IOException e) {
            // the platform's own API did not answer: the part's message comes back and tries again
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ObjectNode failed(ObjectNode answer, int code, String detail) {
        answer.put("status", 0);
        var error = answer.putObject("error");
        error.put("error_code", code);
        error.put("detail", detail);
        return answer;
    }

    /** The task ended: its token can create nothing more, and its images go. */
    public void release(Task task, List<Subtask> parts) {
        var credential = table.credential(task.accountId(), task.taskId());
        if (credential.isEmpty()) {
            return; // released before: every part of a cancelled task passes here
        }
        tokens.delete(task.accountId(), credential.get().tokenId());
        var content = EstimatorContent.read(task.content());
        if (content.policies() != null) {
            handlers.delete(task.accountId(), handlerOf(task, content));
        }
        if (content.source() instanceof EstimatorContent.Zip) {
            // a bucket's images stay where they are; an archive's were kept for the parts
            for (var part : parts) {
                part.content().get("face_ids").forEach(id -> staging.delete(task.accountId(), UUID.fromString(id.asString())));
            }
        }
        table.clearCredential(task.accountId(), task.taskId());
    }
}
