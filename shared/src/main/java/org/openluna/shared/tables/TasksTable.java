package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.n;
import static org.openluna.shared.tables.Items.s;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openluna.shared.api.Json;
import org.openluna.shared.tasks.Subtask;
import org.openluna.shared.tasks.Task;
import org.openluna.shared.tasks.TaskError;
import org.openluna.shared.tasks.TaskStatus;
import org.openluna.shared.tasks.TaskType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Tasks, their subtasks and their errors in one DynamoDB table partitioned by account (ADR 0020), so
 * every read names the account and another account's task is simply not there. Items are told apart
 * by their sort key: {@code task#<id>}, {@code subtask#<task id>#<n>}, {@code error#<id>}, ids
 * zero-padded so that they sort. Task and error ids are integers, as the seed's are: counters in the
 * same table hand them out. Every change of status is a conditional write, so two workers that take
 * the same message change a task once.
 */
public final class TasksTable {
    private static final String COUNTERS = "#counters";
    private static final String VALUE = "value";
    private static final String STATUS = "task_status";
    private static final String DONE = "parts_done";
    private static final String ALL = "parts_all";
    /** What a part records on its subtask's item as it goes (ADR 0020): {@code part_<name>}. */
    private static final String PART = "part_";

    private final DynamoDbClient dynamo;
    private final String table;

    public TasksTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.tasks();
    }

    /** The next id of a counter, from 1: one atomic addition. */
    public long nextId(String counter) {
        var e = new Expressions().add(VALUE, n(1));
        var updated = dynamo.updateItem(b -> b.tableName(table).key(key(COUNTERS, counter)).updateExpression(e.update())
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).returnValues(ReturnValue.UPDATED_NEW));
        return Long.parseLong(updated.attributes().get(VALUE).n());
    }

    /** A token a task acts with, made for it alone (an estimator's, ADR 0022); never part of the task's JSON. */
    public record Credential(UUID tokenId, String jwt) {}

    public void create(Task task) {
        var item = item(task);
        dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(item_key)"));
    }

    /** The task's credential from now on, unless it had one: then that one, and false. */
    public boolean setCredentialOnce(UUID account, long taskId, Credential credential) {
        var e = new Expressions().set("credential_token_id", s(credential.tokenId())).set("credential_jwt", s(credential.jwt()));
        return conditionally(account, taskKey(taskId), e, "attribute_exists(item_key) AND attribute_not_exists(" + e.name("credential_jwt") + ")");
    }

    /** The task acts with no credential any more: the token it named is gone. */
    public void clearCredential(UUID account, long taskId) {
        var e = new Expressions().remove("credential_token_id").remove("credential_jwt");
        conditionally(account, taskKey(taskId), e, "attribute_exists(item_key)");
    }

    public Optional<Credential> credential(UUID account, long taskId) {
        return item(account, taskKey(taskId)).filter(item -> item.containsKey("credential_jwt"))
                .map(item -> new Credential(Items.uuid(item, "credential_token_id"), Items.string(item, "credential_jwt")));
    }

    /** What a part recorded under {@code name} as it went, if it did. */
    public Optional<String> partItem(UUID account, long taskId, int subtaskId, String name) {
        return item(account, subtaskKey(taskId, subtaskId)).flatMap(item -> Items.optionalString(item, PART + name));
    }

    /** A part records one step's outcome, so that a redelivery does not do that step again. */
    public void recordPartItem(UUID account, long taskId, int subtaskId, String name, String value) {
        var e = new Expressions().set(PART + name, s(value));
        conditionally(account, subtaskKey(taskId, subtaskId), e, "attribute_exists(item_key)");
    }

    /** The task's creation as one item of a transaction, such as a schedule's run. */
    public TransactWriteItem createItem(Task task) {
        var item = item(task);
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression("attribute_not_exists(item_key)")).build();
    }

    private static Map<String, AttributeValue> item(Task task) {
        var item = new HashMap<>(key(task.accountId().toString(), taskKey(task.taskId())));
        item.put("task_id", n(task.taskId()));
        item.put("task_type", n(task.type().code()));
        item.put(STATUS, n(task.status().code()));
        item.put("create_time", Items.time(task.createTime()));
        item.put("last_update_time", Items.time(task.lastUpdateTime()));
        item.put(DONE, n(0));
        item.put(ALL, n(0));
        item.put("content", s(Json.writeString(task.content())));
        if (task.description() != null) {
            item.put("description", s(task.description()));
        }
        item.put("notification_policy", s(Json.writeString(task.notificationPolicy())));
        item.put("result_storage_policy", s(Json.writeString(task.resultStoragePolicy())));
        if (task.scheduleId() != null) {
            item.put("schedule_id", n(task.scheduleId()));
        }
        return item;
    }

    public Optional<Task> task(UUID account, long taskId) {
        return item(account, taskKey(taskId)).map(TasksTable::task);
    }

    /** The account's tasks, newest first. */
    public Stream<Task> tasks(UUID account) {
        return query(account, "task#").map(TasksTable::task);
    }

    /** Moves the task to {@code to} if it is in one of {@code from}; false when it was not (or is not there). */
    public boolean moveStatus(UUID account, long taskId, Set<TaskStatus> from, TaskStatus to, Instant now) {
        var e = new Expressions().set(STATUS, n(to.code())).set("last_update_time", Items.time(now));
        if (to.isFinal()) {
            e.set("end_time", Items.time(now));
        }
        var allowed = from.stream().map(status -> e.value(n(status.code()))).collect(Collectors.joining(", "));
        return conditionally(account, taskKey(taskId), e, e.name(STATUS) + " IN (" + allowed + ")");
    }

    /** A planned task starts: how many parts it has, and it is in progress, if it was still pending. */
    public boolean start(UUID account, long taskId, int parts, Instant now) {
        var e = new Expressions().set(STATUS, n(TaskStatus.IN_PROGRESS.code())).set(ALL, n(parts)).set("last_update_time", Items.time(now));
        return conditionally(account, taskKey(taskId), e, e.name(STATUS) + " = " + e.value(n(TaskStatus.PENDING.code())));
    }

    /** What a task's plan decided once, kept so that a plan done twice decides the same (a linker's new list). */
    public String planOnce(UUID account, long taskId, String name, String value) {
        var e = new Expressions().set(name, s(value));
        if (conditionally(account, taskKey(taskId), e, "attribute_not_exists(" + e.name(name) + ")")) {
            return value;
        }
        return item(account, taskKey(taskId)).map(item -> Items.string(item, name)).orElseThrow();
    }

    /** The list a linker task made for itself, if its plan made one. */
    public Optional<UUID> plannedList(UUID account, long taskId) {
        return item(account, taskKey(taskId)).flatMap(item -> Items.optionalString(item, "plan_list_id")).map(UUID::fromString);
    }

    /** The task is done and its result is {@code resultId}, if it was being collected. */
    public boolean finish(UUID account, long taskId, UUID resultId, Instant now) {
        var e = new Expressions().set(STATUS, n(TaskStatus.DONE.code())).set("result_id", s(resultId))
                .set("last_update_time", Items.time(now)).set("end_time", Items.time(now));
        return conditionally(account, taskKey(taskId), e,
                e.name(STATUS) + " = " + e.value(n(TaskStatus.COLLECTING_RESULTS.code())));
    }

    public void replaceNotificationPolicy(UUID account, long taskId, String policy, Instant now) {
        var e = new Expressions().set("notification_policy", s(policy)).set("last_update_time", Items.time(now));
        conditionally(account, taskKey(taskId), e, "attribute_exists(item_key)");
    }

    /** Written once: a subtask planned again is the same subtask. */
    public void createSubtask(UUID account, Subtask subtask) {
        var item = new HashMap<>(key(account.toString(), subtaskKey(subtask.taskId(), subtask.subtaskId())));
        item.put("task_id", n(subtask.taskId()));
        item.put("subtask_id", n(subtask.subtaskId()));
        item.put(STATUS, n(subtask.status().code()));
        item.put("create_time", Items.time(subtask.createTime()));
        item.put("content", s(Json.writeString(subtask.content())));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(item_key)"));
        } catch (ConditionalCheckFailedException planned) {
            // planned before: the same content
        }
    }

    /**
     * What a subtask found when it first ran: {@code found} if this is its first run, else what its
     * first run recorded, so a subtask whose worker was killed midway reports on its redelivery what the
     * first run found, not what was left of it.
     */
    public String firstFound(UUID account, long taskId, int subtaskId, String found) {
        var e = new Expressions().set(PART + "found", s(found));
        if (conditionally(account, subtaskKey(taskId, subtaskId), e, "attribute_exists(item_key) AND attribute_not_exists("
                + e.name(PART + "found") + ")")) {
            return found;
        }
        return partItem(account, taskId, subtaskId, "found").orElse(found);
    }

    public Optional<Subtask> subtask(UUID account, long taskId, int subtaskId) {
        return item(account, subtaskKey(taskId, subtaskId)).map(TasksTable::subtask);
    }

    /** The task's subtasks, in order. */
    public List<Subtask> subtasks(UUID account, long taskId) {
        return query(account, String.format("subtask#%012d#", taskId)).map(TasksTable::subtask)
                .sorted(java.util.Comparator.comparingInt(Subtask::subtaskId)).toList();
    }

    /**
     * The subtask ends with this status and result and the task counts one more part done, in one
     * transaction, if the subtask had not ended: a subtask done twice (a message taken twice) is
     * counted once, and one whose worker died between the two writes is never half counted.
     */
    public boolean endSubtask(UUID account, long taskId, int subtaskId, TaskStatus status, String result, Instant now) {
        var sub = new Expressions().set(STATUS, n(status.code())).set("end_time", Items.time(now)).set("result", s(result));
        var open = sub.value(n(TaskStatus.PENDING.code())) + ", " + sub.value(n(TaskStatus.IN_PROGRESS.code()));
        var subtaskCondition = sub.name(STATUS) + " IN (" + open + ")";
        var task = new Expressions().add(DONE, n(1)).set("last_update_time", Items.time(now));
        try {
            dynamo.transactWriteItems(b -> b.transactItems(
                    item -> item.update(u -> u.tableName(table).key(key(account.toString(), subtaskKey(taskId, subtaskId)))
                            .updateExpression(sub.update()).conditionExpression(subtaskCondition)
                            .expressionAttributeNames(sub.names()).expressionAttributeValues(sub.values())),
                    item -> item.update(u -> u.tableName(table).key(key(account.toString(), taskKey(taskId)))
                            .updateExpression(task.update()).conditionExpression("attribute_exists(item_key)")
                            .expressionAttributeNames(task.names()).expressionAttributeValues(task.values()))));
            return true;
        } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException ended) {
            return false;
        }
    }

    public void createError(UUID account, TaskError error) {
        var item = new HashMap<>(key(account.toString(), errorKey(error.errorId())));
        item.put("error_id", n(error.errorId()));
        item.put("task_id", n(error.taskId()));
        if (error.subtaskId() != null) {
            item.put("subtask_id", n(error.subtaskId()));
        }
        item.put("error_code", n(error.errorCode()));
        item.put("description", s(error.description()));
        item.put("detail", s(error.detail()));
        if (error.additionalInfo() != null) {
            item.put("additional_info", s(error.additionalInfo()));
        }
        item.put("error_time", Items.time(error.errorTime()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    public Optional<TaskError> error(UUID account, long errorId) {
        return item(account, errorKey(errorId)).map(TasksTable::error);
    }

    /** The account's task errors, newest first. */
    public Stream<TaskError> errors(UUID account) {
        return query(account, "error#").map(TasksTable::error);
    }

    /** The task, its subtasks and its errors; false when there was no such task. */
    public boolean delete(UUID account, long taskId) {
        if (task(account, taskId).isEmpty()) {
            return false;
        }
        for (var subtask : subtasks(account, taskId)) {
            dynamo.deleteItem(b -> b.tableName(table).key(key(account.toString(), subtaskKey(taskId, subtask.subtaskId()))));
        }
        errors(account).filter(error -> error.taskId() == taskId)
                .forEach(error -> dynamo.deleteItem(b -> b.tableName(table).key(key(account.toString(), errorKey(error.errorId())))));
        dynamo.deleteItem(b -> b.tableName(table).key(key(account.toString(), taskKey(taskId))));
        return true;
    }

    private Stream<Map<String, AttributeValue>> query(UUID account, String prefix) {
        var e = new Expressions();
        var condition = e.name(TableDefinitions.TASKS_KEY) + " = " + e.value(s(account)) + " AND begins_with("
                + e.name(TableDefinitions.TASKS_SORT_KEY) + ", " + e.value(s(prefix)) + ")";
        return dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true).scanIndexForward(false).keyConditionExpression(condition)
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values())).items().stream();
    }

    /** One item of the account, read consistently. */
    private Optional<Map<String, AttributeValue>> item(UUID account, String itemKey) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(account.toString(), itemKey))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private boolean conditionally(UUID account, String itemKey, Expressions e, String condition) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(account.toString(), itemKey)).updateExpression(e.update())
                    .conditionExpression(condition).expressionAttributeNames(e.names()).expressionAttributeValues(e.values()));
            return true;
        } catch (ConditionalCheckFailedException not) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String partition, String itemKey) {
        return Map.of(TableDefinitions.TASKS_KEY, s(partition), TableDefinitions.TASKS_SORT_KEY, s(itemKey));
    }

    private static String taskKey(long taskId) {
        return String.format("task#%012d", taskId);
    }

    private static String subtaskKey(long taskId, int subtaskId) {
        return String.format("subtask#%012d#%06d", taskId, subtaskId);
    }

    private static String errorKey(long errorId) {
        return String.format("error#%012d", errorId);
    }

    private static Task task(Map<String, AttributeValue> item) {
        return new Task(number(item, "task_id"), Items.uuid(item, TableDefinitions.TASKS_KEY),
                TaskType.ofCode((int) number(item, "task_type")).orElseThrow(),
                TaskStatus.ofCode((int) number(item, STATUS)).orElseThrow(),
                Items.instant(item, "create_time"), Items.instant(item, "last_update_time"),
                Items.optionalString(item, "end_time").map(Instant::parse).orElse(null),
                Items.optionalString(item, "result_id").map(UUID::fromString).orElse(null),
                (int) number(item, DONE), (int) number(item, ALL), json(item, "content"),
                Items.optionalString(item, "description").orElse(null), json(item, "notification_policy"),
                json(item, "result_storage_policy"), item.containsKey("schedule_id") ? number(item, "schedule_id") : null);
    }

    private static Subtask subtask(Map<String, AttributeValue> item) {
        return new Subtask(number(item, "task_id"), (int) number(item, "subtask_id"), TaskStatus.ofCode((int) number(item, STATUS)).orElseThrow(),
                Items.instant(item, "create_time"), Items.optionalString(item, "end_time").map(Instant::parse).orElse(null),
                json(item, "content"), item.containsKey("result") ? json(item, "result") : null);
    }

    private static TaskError error(Map<String, AttributeValue> item) {
        return new TaskError(number(item, "error_id"), number(item, "task_id"),
                item.containsKey("subtask_id") ? (int) number(item, "subtask_id") : null, (int) number(item, "error_code"),
                Items.string(item, "description"), Items.string(item, "detail"), Items.optionalString(item, "additional_info").orElse(null),
                Items.instant(item, "error_time"));
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    private static tools.jackson.databind.JsonNode json(Map<String, AttributeValue> item, String name) {
        return Json.tree(Items.string(item, name).getBytes(StandardCharsets.UTF_8));
    }
}
