package org.openluna.shared.tasks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.blobs.Blob;
import org.openluna.shared.blobs.BlobStore;
import org.openluna.shared.events.Events;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.FaceFilter;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.faces.Lists;
import org.openluna.shared.matching.FaceMatching;
import org.openluna.shared.matching.MatchRequest;
import org.openluna.shared.queues.CallbackQueue;
import org.openluna.shared.queues.TaskQueue;
import org.openluna.shared.tables.TasksTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * What the task functions do (ADR 0020). {@link #plan} splits a pending task into subtasks of at most
 * {@link #PART_SIZE} objects, stores them, and puts each on the subtasks queue; {@link #run} does one
 * subtask and, with the last, merges the subtasks' results into the task's. Every step may be done
 * twice (a message is delivered at least once): a plan met again resends the subtasks still pending, a
 * subtask ends and is counted in one conditional transaction, and the merge writes the same result
 * under the same id. A cancelled task's remaining subtasks end cancelled without running.
 */
public final class TaskExecution {
    public static final int PART_SIZE = 100;
    public static final String ERROR_COUNTER = "error";
    private static final Logger LOG = LoggerFactory.getLogger(TaskExecution.class);

    private final TasksTable table;
    private final TaskQueue queue;
    private final Faces faces;
    private final Lists lists;
    private final Events events;
    private final FaceMatching matching;
    private final BlobStore results;
    private final Estimator estimator;
    private final CallbackQueue callbacks;
    private final Clock clock;
    private final TaskObjects chosen;
    private final MatchingPart matchingPart;
    private final GcPart gcPart;
    private final CsvPart csvPart;

    private final CsvArchive.Samples samples;

    public TaskExecution(TasksTable table, TaskQueue queue, Faces faces, Lists lists, Events events, FaceMatching matching, BlobStore results,
                         GcLeftovers leftovers, Estimator estimator, CallbackQueue callbacks, Clock clock) {
        this.table = table;
        this.queue = queue;
        this.faces = faces;
        this.lists = lists;
        this.events = events;
        this.matching = matching;
        this.results = results;
        this.estimator = estimator;
        this.callbacks = callbacks;
        this.clock = clock;
        this.chosen = new TaskObjects(faces, events, clock);
        this.matchingPart = new MatchingPart(matching, events, clock);
        this.gcPart = new GcPart(faces, events, table, leftovers);
        this.csvPart = new CsvPart(faces, events);
        this.samples = leftovers.samples();
    }

    public void plan(UUID account, long taskId) {
        var found = table.task(account, taskId);
        if (found.isEmpty()) {
            return;
        }
        var task = found.get();
        if (task.status() == TaskStatus.IN_PROGRESS) {
            // planned before, perhaps without every subtask sent: send the ones still pending again
            table.subtasks(account, taskId).stream().filter(s -> s.status() == TaskStatus.PENDING)
                    .forEach(s -> queue.run(account, taskId, s.subtaskId()));
            return;
        }
        if (task.status() != TaskStatus.PENDING) {
            return;
        }
        try {
            var clusterOf = task.type() == TaskType.REPORTER ? reportedClusters(task) : Map.<UUID, Integer>of();
            if (task.type() == TaskType.ESTIMATOR) {
                estimator.grant(task);
            }
            var staged = task.type() == TaskType.ESTIMATOR ? estimator.stage(task) : List.<Estimator.Staged>of();
            var objects = switch (task.type()) {
                case REPORTER -> List.copyOf(clusterOf.keySet());
                case ESTIMATOR -> staged.stream().map(Estimator.Staged::id).toList();
                default -> chosen.of(task);
            };
            var listId = task.type() == TaskType.LINKER ? linkerList(task) : null;
            var now = clock.instant();
            int size = TaskObjects.matches(task.type()) ? MatchRequest.MAX_REFERENCES
                    : task.type() == TaskType.ESTIMATOR ? Estimator.PART_SIZE : PART_SIZE;
            int parts = (objects.size() + size - 1) / size;
            for (int part = 0; part < parts; part++) {
                int from = part * size;
                int to = Math.min(objects.size(), (part + 1) * size);
                var ids = objects.subList(from, to);
                var content = (tools.jackson.databind.node.ObjectNode) partContent(ids, listId);
                if (!clusterOf.isEmpty()) {
                    var clusters = content.putArray("clusters");
                    ids.forEach(id -> clusters.add(clusterOf.get(id)));
                }
                if (!staged.isEmpty()) {
                    var names = content.putArray("names");
                    staged.subList(from, to).forEach(image -> names.add(image.name()));
                }
                table.createSubtask(account, new Subtask(taskId, part + 1, TaskStatus.PENDING, now, null, content, null));
            }
            if (!table.start(account, taskId, parts, now)) {
                return; // cancelled meanwhile
            }
            if (parts == 0) {
                collect(account, taskId);
            }
            for (int part = 1; part <= parts; part++) {
                queue.run(account, taskId, part);
            }
        } catch (LunaException e) {
            retryIfPassing(e);
            fail(account, task, null, e);
        }
    }

    public void run(UUID account, long taskId, int subtaskId) {
        var task = table.task(account, taskId);
        var subtask = table.subtask(account, taskId, subtaskId);
        if (task.isEmpty() || subtask.isEmpty()) {
            return;
        }
        if (!subtask.get().status().isFinal()) {
            if (task.get().status() == TaskStatus.CANCELLED) {
                table.endSubtask(account, taskId, subtaskId, TaskStatus.CANCELLED, "{}", clock.instant());
                if (task.get().type() == TaskType.ESTIMATOR) {
                    // a cancelled estimator's token creates nothing more; removing it again is nothing
                    estimator.release(task.get(), table.subtasks(account, taskId));
                }
                return;
            }
            try {
                var result = work(task.get(), subtaskId, subtask.get().content());
                if (table.endSubtask(account, taskId, subtaskId, TaskStatus.DONE, Json.writeString(result), clock.instant())) {
                    subtaskEnded(task.get(), subtaskId, TaskStatus.DONE);
                }
            } catch (LunaException e) {
                retryIfPassing(e);
                if (table.endSubtask(account, taskId, subtaskId, TaskStatus.FAILED, "{}", clock.instant())) {
                    record(account, taskId, subtaskId, e);
                    subtaskEnded(task.get(), subtaskId, TaskStatus.FAILED);
                }
            }
        }
        var now = table.task(account, taskId).orElseThrow();
        if (now.partsDone() >= now.partsAll() && (now.status() == TaskStatus.IN_PROGRESS || now.status() == TaskStatus.COLLECTING_RESULTS)) {
            collect(account, taskId);
        }
    }

    /** A report's faces in cluster order, each with its cluster's number from 1, read from the clustering's result. */
    private Map<UUID, Integer> reportedClusters(Task task) {
        long clusteringId = TaskRequest.reportedTask(task.content());
        var clustering = table.task(task.accountId(), clusteringId).orElseThrow(() -> new LunaException(ErrorCode.TASK_NOT_FOUND, clusteringId));
        if (clustering.type() != TaskType.CLUSTERING || clustering.resultId() == null) {
            throw new LunaException(ErrorCode.JSON_VALIDATION_FAILED, "content.filters.task_id", "must be a finished clustering task");
        }
        var stored = results.get(task.accountId(), clustering.resultId())
                .orElseThrow(() -> new LunaException(ErrorCode.TASK_RESULT_NOT_FOUND, clusteringId));
        var clusters = Json.tree(stored.bytes()).get("result").get("clusters");
        var clusterOf = new LinkedHashMap<UUID, Integer>();
        for (int number = 0; number < clusters.size(); number++) {
            int cluster = number + 1;
            clusters.get(number).forEach(id -> clusterOf.put(UUID.fromString(id.asString()), cluster));
        }
        return clusterOf;
    }

    /** The list a linker attaches to: the one named, or one made once for the task. */
    private UUID linkerList(Task task) {
        var content = task.content();
        if (content.get("create_list").asInt() == 0) {
            var listId = UUID.fromString(content.get("list_id").asString());
            lists.get(task.accountId(), listId);
            return listId;
        }
        var userData = content.has("user_data") ? content.get("user_data").asString() : "";
        var made = table.plannedList(task.accountId(), task.taskId());
        if (made.isPresent()) {
            return made.get();
        }
        var list = lists.create(task.accountId(), userData).listId();
        return UUID.fromString(table.planOnce(task.accountId(), task.taskId(), "plan_list_id", list.toString()));
    }

    private static JsonNode partContent(List<UUID> ids, UUID listId) {
        var content = Json.object();
        var array = content.putArray("face_ids");
        ids.forEach(id -> array.add(id.toString()));
        if (listId != null) {
            content.put("list_id", listId.toString());
        }
        return content;
    }

    /** One subtask's work, and what it did. */
    private JsonNode work(Task task, int subtaskId, JsonNode content) {
        var account = task.accountId();
        var ids = new ArrayList<UUID>();
        content.get("face_ids").forEach(id -> ids.add(UUID.fromString(id.asString())));
        if (task.type() == TaskType.ROC) {
            var roc = RocContent.read(task.content());
            return RocCurve.part(roc.faceIds(), roc.labels(), ids, faces.descriptors(account, roc.faceIds()), roc.limit(), roc.hitThreshold());
        }
        var done = Json.object();
        var array = done.putArray("face_ids");
        switch (task.type()) {
            case GC -> done.set("removed", gcPart.run(task, subtaskId, ids));
            case LINKER -> {
                var listId = UUID.fromString(content.get("list_id").asString());
                // a face deleted since the plan is no longer there to attach
                var present = faces.every(account, new FaceFilter(ids, null, null, null, null, null, null)).map(Face::faceId).toList();
                if (!present.isEmpty()) {
                    lists.attach(account, listId, present);
                }
                present.forEach(id -> array.add(id.toString()));
                done.put("list_id", listId.toString());
            }
            case EXPORTER -> csvPart.export(task, ids, done);
            case REPORTER -> csvPart.report(task, ids, content.get("clusters"), done);
            case CROSS_MATCH, CLUSTERING -> done.set("matches", matchingPart.run(task, ids));
            case ESTIMATOR -> {
                var images = new ArrayList<Estimator.Staged>();
                for (int i = 0; i < ids.size(); i++) {
                    images.add(new Estimator.Staged(ids.get(i), content.get("names").get(i).asString()));
                }
                done.set("images", estimator.post(task, subtaskId, images));
            }
            default -> throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, task.type().path() + " tasks");
        }
        return done;
    }

    /** The samples a face's descriptor and attributes came from, by face; a face without any is absent. */
    private Map<UUID, GcLeftovers.Found> samplesOf(UUID account, List<UUID> ids) {
        return faces.stored(account, ids).stream().map(GcLeftovers.Found::of)
                .collect(java.util.stream.Collectors.toMap(found -> UUID.fromString(found.id()), found -> found));
    }

    private static GcLeftovers.Found noSamples(UUID id) {
        return new GcLeftovers.Found(id.toString(), List.of(), List.of(), List.of());
    }

    /**
     * A service of the platform that did not answer (27001) may answer the next try: the message comes
     * back rather than the part failing, until its last try gives up ({@link #giveUp}).
     */
    private static void retryIfPassing(LunaException e) {
        if (e.error() == ErrorCode.SERVICE_UNAVAILABLE) {
            throw e;
        }
    }

    /**
     * A plan or part that failed on every try: the task records an internal error (the cause stays in
     * the workers' log) and, for a part, counts it done as failed, so the task still ends with the
     * error among its results; a plan that failed fails the task. Its message then waits in the
     * dead-letter queue; taken again from there, it finds the part ended and does nothing.
     *
     * @param subtaskId null for the plan
     */
    public void giveUp(UUID account, long taskId, Integer subtaskId) {
        var task = table.task(account, taskId);
        if (task.isEmpty()) {
            return;
        }
        var error = new LunaException(ErrorCode.INTERNAL_ERROR);
        if (subtaskId == null) {
            fail(account, task.get(), null, error);
            return;
        }
        if (table.endSubtask(account, taskId, subtaskId, TaskStatus.FAILED, "{}", clock.instant())) {
            record(account, taskId, subtaskId, error);
            subtaskEnded(task.get(), subtaskId, TaskStatus.FAILED);
        }
        var now = table.task(account, taskId).orElseThrow();
        if (now.partsDone() >= now.partsAll() && (now.status() == TaskStatus.IN_PROGRESS || now.status() == TaskStatus.COLLECTING_RESULTS)) {
            collect(account, taskId);
        }
    }

    /** Merges the subtasks' results into the task's, stores it, and ends the task; any worker may do it, once or again. */
    private void collect(UUID account, long taskId) {
        var now = clock.instant();
        table.moveStatus(account, taskId, Set.of(TaskStatus.IN_PROGRESS), TaskStatus.COLLECTING_RESULTS, now);
        var task = table.task(account, taskId).orElseThrow();
        if (task.status() != TaskStatus.COLLECTING_RESULTS) {
            return;
        }
        // under an id the task always gives its result, so a second merge overwrites the first
        var resultId = UUID.nameUUIDFromBytes((account + "/task/" + task.taskId()).getBytes(StandardCharsets.UTF_8));
        var ttl = task.resultStoragePolicy().get("ttl");
        var expiry = ttl == null ? null : now.plus(Duration.ofDays(ttl.asInt()));
        var subtasks = table.subtasks(account, taskId);
        if (task.type() == TaskType.EXPORTER || task.type() == TaskType.REPORTER) {
            var archive = TaskMerge.archive(task, subtasks);
            results.putStreamed(account, resultId, new Blob("application/zip", 0, expiry, Map.of()),
                    out -> archive.writeTo(out, account, samples, task.type() == TaskType.REPORTER));
        } else {
            var merged = TaskMerge.of(task, subtasks, table.errors(account).filter(e -> e.taskId() == taskId).map(TaskError::toJson).toList(),
                    task.type() == TaskType.LINKER ? plannedListId(task) : null);
            results.put(account, resultId, merged.bytes(), new Blob(merged.contentType(), merged.bytes().length, expiry, Map.of()));
        }
        finish(account, task, resultId, now);
    }

    /** The result is stored: the task is done. */
    private void finish(UUID account, Task task, UUID resultId, java.time.Instant now) {
        if (task.type() == TaskType.ESTIMATOR) {
            estimator.release(task, table.subtasks(account, task.taskId()));
        }
        if (table.finish(account, task.taskId(), resultId, now)) {
            notifications(task).taskEnded(callbacks, task, TaskStatus.DONE);
        }
    }

    private static TaskNotifications notifications(Task task) {
        return TaskNotifications.read(task.notificationPolicy(), "notification_policy");
    }

    /** Reads the task's parts again only for a policy that tells subtask callbacks: every subtask passes here. */
    private void subtaskEnded(Task task, int subtaskId, TaskStatus status) {
        var notifications = notifications(task);
        if (!notifications.tellsSubtasks()) {
            return;
        }
        var now = table.task(task.accountId(), task.taskId()).orElse(task);
        notifications.subtaskEnded(callbacks, task.taskId(), task.accountId(), subtaskId, status, now.partsDone(), now.partsAll());
    }

    private String plannedListId(Task task) {
        return task.content().has("list_id") ? task.content().get("list_id").asString()
                : table.plannedList(task.accountId(), task.taskId()).map(UUID::toString).orElse(null);
    }

    private void fail(UUID account, Task task, Integer subtaskId, LunaException e) {
        record(account, task.taskId(), subtaskId, e);
        if (task.type() == TaskType.ESTIMATOR) {
            estimator.release(task, table.subtasks(account, task.taskId()));
        }
        if (table.moveStatus(account, task.taskId(), Set.of(TaskStatus.PENDING, TaskStatus.IN_PROGRESS, TaskStatus.COLLECTING_RESULTS),
                TaskStatus.FAILED, clock.instant())) {
            notifications(task).taskEnded(callbacks, task, TaskStatus.FAILED);
        }
    }

    private void record(UUID account, long taskId, Integer subtaskId, LunaException e) {
        LOG.info("task {} of account {} met {}: {}", taskId, account, e.error().code(), e.detail());
        table.createError(account, new TaskError(table.nextId(ERROR_COUNTER), taskId, subtaskId, e.error().code(), e.error().desc(),
                e.detail(), null, clock.instant()));
    }
}
