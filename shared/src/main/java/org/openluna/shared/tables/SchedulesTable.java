package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.n;
import static org.openluna.shared.tables.Items.s;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.Json;
import org.openluna.shared.tasks.Schedule;
import org.openluna.shared.tasks.ScheduleStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Task schedules in their own table, by account and id (ADR 0021). A running schedule carries
 * {@code due} and its next run in epoch seconds, which put it in the sparse index the minute's tick
 * reads; a stopped one carries neither. A run is recorded only if the schedule still waits for that
 * very run, so two ticks that find the same schedule due start one task.
 */
public final class SchedulesTable {
    /** The one value of the index's partition key: every running schedule is in it. */
    private static final String DUE = "due";
    private static final String NEXT_RUN = TableDefinitions.SCHEDULES_NEXT_RUN;
    private static final String TASK_IDS = "task_ids";

    /** One due run: whose schedule, and the run it waits for. */
    public record DueRun(UUID account, long scheduleId, Instant runTime) {}

    private final DynamoDbClient dynamo;
    private final String table;

    public SchedulesTable(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.table = names.schedules();
    }

    public void create(Schedule schedule) {
        var item = new HashMap<>(key(schedule.accountId(), schedule.scheduleId()));
        item.putAll(fields(schedule));
        item.put(TASK_IDS, ids(schedule.taskIds()));
        item.put("create_time", Items.time(schedule.createTime()));
        dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(schedule_id)"));
    }

    public Optional<Schedule> schedule(UUID account, long scheduleId) {
        var item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key(account, scheduleId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(schedule(item));
    }

    /** The account's schedules, in the order of their ids. */
    public Stream<Schedule> schedules(UUID account) {
        var e = new Expressions();
        var condition = e.name(TableDefinitions.SCHEDULES_KEY) + " = " + e.value(s(account));
        return dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true).keyConditionExpression(condition)
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values())).items().stream().map(SchedulesTable::schedule);
    }

    /** Everything but the tasks it started and its creation time; false when there is no such schedule. */
    public boolean replace(Schedule schedule) {
        var e = new Expressions();
        fields(schedule).forEach(e::set);
        if (schedule.nextRunTime() == null) {
            e.remove(DUE).remove(NEXT_RUN);
        }
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(schedule.accountId(), schedule.scheduleId())).updateExpression(e.update())
                    .conditionExpression("attribute_exists(schedule_id)").expressionAttributeNames(e.names())
                    .expressionAttributeValues(e.values()));
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
    }

    /** A task the schedule started outside its trigger (start_immediately), added to its tasks. */
    public void addTask(UUID account, long scheduleId, long taskId) {
        var e = new Expressions();
        var ids = e.name(TASK_IDS);
        var update = "SET " + ids + " = list_append(" + ids + ", " + e.value(ids(List.of(taskId))) + ")";
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(account, scheduleId)).updateExpression(update)
                    .conditionExpression("attribute_exists(schedule_id)").expressionAttributeNames(e.names())
                    .expressionAttributeValues(e.values()));
        } catch (ConditionalCheckFailedException deleted) {
            // deleted meanwhile: the task is the caller's all the same
        }
    }

    public boolean delete(UUID account, long scheduleId) {
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(key(account, scheduleId)).conditionExpression("attribute_exists(schedule_id)"));
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
    }

    /** The running schedules whose next run is at or before {@code now}, across accounts. */
    public Stream<DueRun> due(Instant now) {
        var e = new Expressions();
        var condition = e.name(TableDefinitions.SCHEDULES_DUE) + " = " + e.value(s(DUE)) + " AND " + e.name(NEXT_RUN) + " <= "
                + e.value(n(now.getEpochSecond()));
        return dynamo.queryPaginator(b -> b.tableName(table).indexName(TableDefinitions.SCHEDULES_BY_NEXT_RUN).keyConditionExpression(condition)
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values())).items().stream()
                .map(item -> new DueRun(Items.uuid(item, TableDefinitions.SCHEDULES_KEY), number(item, TableDefinitions.SCHEDULES_SORT_KEY),
                        Instant.ofEpochSecond(number(item, NEXT_RUN))));
    }

    /**
     * The run at {@code runTime} happened: the schedule waits for {@code nextRun} and, when the run
     * started a task, holds {@code taskIds} and the task is stored, in one transaction. False when
     * the schedule no longer waited for that run (another tick recorded it, or it was replaced,
     * stopped or deleted), and then nothing is written.
     */
    public boolean recordRun(UUID account, long scheduleId, Instant runTime, Instant nextRun, List<Long> taskIds, TransactWriteItem task,
                             Instant now) {
        var e = new Expressions().set(NEXT_RUN, n(nextRun.getEpochSecond())).set(TASK_IDS, ids(taskIds)).set("last_update_time", Items.time(now))
                .compare(NEXT_RUN, "=", n(runTime.getEpochSecond()));
        var update = TransactWriteItem.builder().update(u -> u.tableName(table).key(key(account, scheduleId)).updateExpression(e.update())
                .conditionExpression(e.condition()).expressionAttributeNames(e.names()).expressionAttributeValues(e.values())).build();
        try {
            dynamo.transactWriteItems(b -> b.transactItems(task == null ? List.of(update) : List.of(update, task)));
            return true;
        } catch (TransactionCanceledException missed) {
            return false;
        }
    }

    private static Map<String, AttributeValue> fields(Schedule schedule) {
        var item = new HashMap<String, AttributeValue>();
        item.put("task", s(Json.writeString(schedule.task())));
        item.put("cron", s(schedule.trigger().cron()));
        item.put("cron_timezone", s(schedule.trigger().timezone()));
        item.put("status", s(schedule.status().value()));
        item.put("last_update_time", Items.time(schedule.lastUpdateTime()));
        if (schedule.nextRunTime() != null) {
            item.put(DUE, s(DUE));
            item.put(NEXT_RUN, n(schedule.nextRunTime().getEpochSecond()));
        }
        return item;
    }

    private static AttributeValue ids(List<Long> taskIds) {
        return AttributeValue.fromL(taskIds.stream().map(Items::n).toList());
    }

    private static Map<String, AttributeValue> key(UUID account, long scheduleId) {
        return Map.of(TableDefinitions.SCHEDULES_KEY, s(account), TableDefinitions.SCHEDULES_SORT_KEY, n(scheduleId));
    }

    private static Schedule schedule(Map<String, AttributeValue> item) {
        var task = Json.tree(Items.string(item, "task").getBytes(StandardCharsets.UTF_8));
        return new Schedule(number(item, TableDefinitions.SCHEDULES_SORT_KEY), Items.uuid(item, TableDefinitions.SCHEDULES_KEY),
                item.get(TASK_IDS).l().stream().map(id -> Long.parseLong(id.n())).toList(),
                (tools.jackson.databind.node.ObjectNode) task,
                new org.openluna.shared.tasks.ScheduleTrigger(Items.string(item, "cron"), Items.string(item, "cron_timezone")),
                ScheduleStatus.of(Items.string(item, "status")).orElseThrow(),
                item.containsKey(NEXT_RUN) ? Instant.ofEpochSecond(number(item, NEXT_RUN)) : null,
                Items.instant(item, "create_time"), Items.instant(item, "last_update_time"));
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }
}
