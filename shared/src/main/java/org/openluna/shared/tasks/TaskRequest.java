package org.openluna.shared.tasks;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.faces.FaceFilterJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A task creation's body (seed l.9086-9527): {@code description}, {@code notification_policy},
 * {@code result_storage_policy} and the type's {@code content}, checked before anything is stored.
 * The content is kept as given: a worker reads it again with {@link #faces}.
 */
public record TaskRequest(TaskType type, ObjectNode content, String description, JsonNode notificationPolicy,
                          JsonNode resultStoragePolicy) {
    private static final Set<String> FIELDS = Set.of("description", "notification_policy", "result_storage_policy", "content");
    private static final Set<String> GC_FIELDS = Set.of("target", "filters", "store_results", "remove_samples", "remove_image_origins");
    private static final Set<String> EXPORTER_FIELDS = Set.of("objects_type", "filters", "columns", "descriptor", "csv_delimiter",
            "save_images");
    private static final Set<String> CROSS_MATCH_FIELDS = Set.of("filters", "threshold", "limit");
    private static final Set<String> CROSS_MATCH_FILTERS = Set.of("reference_filters", "candidate_filters", "reference_type", "candidate_type");
    private static final Set<String> CLUSTERING_FIELDS = Set.of("filters", "objects_type", "params", "threshold", "descriptor", "limit");
    /** Two faces of one person on the project's model are about 0.6 alike, of two people below 0.4 (MODELS.md). */
    public static final double CLUSTERING_THRESHOLD = 0.5;
    private static final Set<String> REPORTER_FIELDS = Set.of("columns", "csv_delimiter", "save_images", "filters");
    private static final Set<String> LINKER_FIELDS = Set.of("objects_type", "filters", "create_list", "list_id", "user_data");
    private static final int MAX_DESCRIPTION = 128;
    private static final int MAX_TTL_DAYS = 365;

    public static TaskRequest read(TaskType type, JsonNode body, UUID account, Clock clock) {
        JsonFields.object(body, "", FIELDS);
        var content = Check.required(body.get("content"), "content");
        if (!content.isObject()) {
            throw Check.invalid("content", "must be an object");
        }
        switch (type) {
            case GC -> gc(content, clock);
            case LINKER -> linker(content, account, clock);
            case EXPORTER -> exporter(content, clock);
            case CROSS_MATCH -> crossMatch(content, clock);
            case CLUSTERING -> clustering(content, clock);
            case REPORTER -> reporter(content);
            case ROC -> RocContent.read(content);
            case ESTIMATOR -> EstimatorContent.read(content);
            default -> throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, type.path() + " tasks");
        }
        var description = JsonFields.optionalString(body, "description", "");
        if (description != null) {
            Check.length(description, "description", 0, MAX_DESCRIPTION);
        }
        var notification = body.has("notification_policy") ? body.get("notification_policy") : defaultNotificationPolicy();
        TaskNotifications.read(notification, "notification_policy");
        return new TaskRequest(type, (ObjectNode) content, description, notification, resultStoragePolicy(body));
    }

    /** A boolean of the content, false when absent (as gc's {@code remove_samples}). */
    public static boolean flag(JsonNode content, String name) {
        return content.has(name) && content.get(name).asBoolean();
    }

    /** Whether a gc task removes events rather than faces. */
    public static boolean collectsEvents(JsonNode content) {
        return content.has("target") && content.get("target").asString().equals("events");
    }

    /** Whether a linker task links the faces of events rather than faces chosen by the face filters. */
    public static boolean linksEvents(JsonNode content) {
        return content.has("objects_type") && content.get("objects_type").asString().equals("events");
    }

    /** The events a gc task takes, by the filters of {@code GET /6/events} in its content. */
    public static org.openluna.shared.events.EventFilter events(JsonNode content, Clock clock) {
        var filters = content.get("filters");
        return org.openluna.shared.events.EventFilterJson.read(filters == null ? org.openluna.shared.api.Json.object() : filters,
                "content.filters", clock);
    }

    /** The faces a gc or linker task takes, by the filters of its content. */
    public static FaceFilterJson faces(JsonNode content, Clock clock) {
        var filters = content.get("filters");
        return FaceFilterJson.read(filters == null ? org.openluna.shared.api.Json.object() : filters, "content.filters",
                FaceFilterJson.FIELDS, clock);
    }

    private static void gc(JsonNode content, Clock clock) {
        JsonFields.object(content, "content", GC_FIELDS);
        var target = JsonFields.optionalString(content, "target", "content");
        if (target == null) {
            throw Check.invalid("content.target", "field required");
        }
        if (!target.equals("faces") && !target.equals("events")) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "gc of " + target);
        }
        for (var flag : Set.of("store_results", "remove_samples", "remove_image_origins")) {
            if (content.has(flag) && !content.get(flag).isBoolean()) {
                throw Check.invalid("content." + flag, "must be a boolean");
            }
        }
        // a face has samples but no image origin of its own: those are its events'
        if (target.equals("faces") && content.has("remove_image_origins")) {
            throw Check.invalid("content.remove_image_origins", "extra fields not permitted");
        }
        if (target.equals("events")) {
            events(content, clock);
        } else {
            faces(content, clock);
        }
    }

    private static void linker(JsonNode content, UUID account, Clock clock) {
        JsonFields.object(content, "content", LINKER_FIELDS);
        var objects = JsonFields.optionalString(content, "objects_type", "content");
        if (objects == null) {
            throw Check.invalid("content.objects_type", "field required");
        }
        if (!objects.equals("faces") && !objects.equals("events")) {
            throw Check.invalid("content.objects_type", "must be one of [faces, events]");
        }
        var createList = content.get("create_list");
        if (createList == null || !createList.isInt() || createList.asInt() < 0 || createList.asInt() > 1) {
            throw Check.invalid("content.create_list", "must be 0 or 1");
        }
        var listId = JsonFields.id(content, "list_id", "content");
        if (createList.asInt() == 0 && listId == null) {
            throw Check.invalid("content.list_id", "field required when create_list is 0");
        }
        var userData = JsonFields.optionalString(content, "user_data", "content");
        if (userData != null) {
            Check.length(userData, "content.user_data", 0, 128);
        }
        if (objects.equals("events")) {
            events(content, clock);
        } else {
            faces(content, clock);
        }
    }

    private static void exporter(JsonNode content, Clock clock) {
        JsonFields.object(content, "content", EXPORTER_FIELDS);
        var objects = JsonFields.optionalString(content, "objects_type", "content");
        if (objects == null) {
            throw Check.invalid("content.objects_type", "field required");
        }
        if (!objects.equals("faces") && !objects.equals("events")) {
            throw Check.invalid("content.objects_type", "must be one of [faces, events]");
        }
        columns(content);
        delimiter(content);
        saveImages(content);
        if (objects.equals("events")) {
            events(content, clock);
        } else {
            faces(content, clock);
        }
    }

    private static void crossMatch(JsonNode content, Clock clock) {
        JsonFields.object(content, "content", CROSS_MATCH_FIELDS);
        var filters = Check.required(content.get("filters"), "content.filters");
        JsonFields.object(filters, "content.filters", CROSS_MATCH_FILTERS);
        for (var side : java.util.List.of("reference_type", "candidate_type")) {
            var type = JsonFields.optionalString(filters, side, "content.filters");
            if (type != null && type.equals("attributes")) {
                throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "cross-matching attributes");
            }
            if (type != null && !type.equals("faces") && !type.equals("events")) {
                throw Check.invalid("content.filters." + side, "must be one of [faces, events, attributes]");
            }
        }
        if (matchesEvents(content, "reference_type")) {
            eventSide(content, "reference_filters", clock);
        } else {
            references(content, clock);
        }
        if (matchesEvents(content, "candidate_type")) {
            eventSide(content, "candidate_filters", clock);
        } else {
            candidates(content, clock);
        }
        threshold(content);
        limit(content);
    }

    /** Whether one side of a cross-match ({@code reference_type} or {@code candidate_type}) is events rather than faces. */
    public static boolean matchesEvents(JsonNode content, String side) {
        var type = content.get("filters").get(side);
        return type != null && type.asString().equals("events");
    }

    /** Whether a clustering groups events rather than faces. */
    public static boolean clustersEvents(JsonNode content) {
        return content.has("objects_type") && content.get("objects_type").asString().equals("events");
    }

    /** One side of a cross-match as events, by the filters of {@code GET /6/events}. */
    public static org.openluna.shared.events.EventFilter eventSide(JsonNode content, String name, Clock clock) {
        var filters = content.get("filters").get(name);
        return org.openluna.shared.events.EventFilterJson.read(filters == null ? org.openluna.shared.api.Json.object() : filters,
                "content.filters." + name, clock);
    }

    /** Whether the filters at {@code path} name an account other than the task's: they then choose nothing. */
    public static boolean namesOtherAccount(JsonNode filters, UUID account) {
        return filters != null && filters.has("account_id") && !filters.get("account_id").asString().equals(account.toString());
    }

    private static void clustering(JsonNode content, Clock clock) {
        JsonFields.object(content, "content", CLUSTERING_FIELDS);
        var objects = JsonFields.optionalString(content, "objects_type", "content");
        if (objects != null && !objects.equals("faces") && !objects.equals("events")) {
            throw Check.invalid("content.objects_type", "must be one of [faces, events]");
        }
        var params = content.get("params");
        if (params != null) {
            JsonFields.object(params, "content.params", Set.of("use_track_info"));
            var track = params.get("use_track_info");
            if (track != null && (!track.isInt() || track.asInt() < 0 || track.asInt() > 1)) {
                throw Check.invalid("content.params.use_track_info", "must be 0 or 1");
            }
        }
        var descriptor = content.get("descriptor");
        if (descriptor != null) {
            JsonFields.object(descriptor, "content.descriptor", Set.of("type"));
            var type = JsonFields.optionalString(descriptor, "type", "content.descriptor");
            if (type != null && !type.equals("face")) {
                throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "clustering by " + type + " descriptors");
            }
        }
        clusteringThreshold(content);
        if (content.has("limit")) {
            limit(content);
        }
        if (clustersEvents(content)) {
            events(content, clock);
        } else {
            faces(content, clock);
        }
    }

    private static void reporter(JsonNode content) {
        JsonFields.object(content, "content", REPORTER_FIELDS);
        columns(content);
        delimiter(content);
        saveImages(content);
        reportedTask(content);
    }

    /** The clustering task a report is of: {@code filters.task_id}, which the caller's account must hold, done. */
    public static long reportedTask(JsonNode content) {
        var filters = Check.required(content.get("filters"), "content.filters");
        JsonFields.object(filters, "content.filters", Set.of("task_id", "account_id"));
        var taskId = Check.required(filters.get("task_id"), "content.filters.task_id");
        if (!taskId.isIntegralNumber() || taskId.asLong() < 1) {
            throw Check.invalid("content.filters.task_id", "must be a task id");
        }
        JsonFields.id(filters, "account_id", "content.filters");
        return taskId.asLong();
    }

    private static void saveImages(JsonNode content) {
        var saveImages = content.get("save_images");
        if (saveImages != null && (!saveImages.isInt() || saveImages.asInt() < 0 || saveImages.asInt() > 1)) {
            throw Check.invalid("content.save_images", "must be 0 or 1");
        }
    }

    /** How alike two faces must be to share a cluster: {@link #CLUSTERING_THRESHOLD} unless asked. */
    public static double clusteringThreshold(JsonNode content) {
        return content.has("threshold") ? threshold(content) : CLUSTERING_THRESHOLD;
    }

    /** A cross-match's references: faces by {@code filters.reference_filters}. */
    public static FaceFilterJson references(JsonNode content, Clock clock) {
        return side(content, "reference_filters", clock);
    }

    /** A cross-match's candidates: faces by {@code filters.candidate_filters}. */
    public static FaceFilterJson candidates(JsonNode content, Clock clock) {
        return side(content, "candidate_filters", clock);
    }

    private static FaceFilterJson side(JsonNode content, String name, Clock clock) {
        var filters = content.get("filters").get(name);
        return FaceFilterJson.read(filters == null ? org.openluna.shared.api.Json.object() : filters, "content.filters." + name,
                FaceFilterJson.FIELDS, clock);
    }

    /** The least similarity a cross-match reports, 0 unless asked. */
    public static double threshold(JsonNode content) {
        var threshold = content.get("threshold");
        if (threshold == null) {
            return 0;
        }
        if (!threshold.isNumber() || threshold.asDouble() < 0 || threshold.asDouble() > 1) {
            throw Check.invalid("content.threshold", "must be a number from 0 to 1");
        }
        return threshold.asDouble();
    }

    /** How many candidates a cross-match reports per reference, 3 unless asked, as matching's default. */
    public static int limit(JsonNode content) {
        var limit = content.get("limit");
        if (limit == null) {
            return 3;
        }
        if (!limit.isInt() || limit.asInt() < 1 || limit.asInt() > 100) {
            throw Check.invalid("content.limit", "must be an integer from 1 to 100");
        }
        return limit.asInt();
    }

    /** Whether an exporter exports events rather than faces. */
    public static boolean exportsEvents(JsonNode content) {
        return content.has("objects_type") && content.get("objects_type").asString().equals("events");
    }

    /**
     * An exporter's columns: the ones asked, in their order, or every column when none are; of an
     * event's fields for events, of a face's otherwise (a report's rows are faces).
     */
    public static java.util.List<String> columns(JsonNode content) {
        var allowed = exportsEvents(content) ? EventExport.COLUMNS : FaceExport.COLUMNS;
        var columns = content.get("columns");
        if (columns == null) {
            return allowed;
        }
        if (!columns.isArray() || columns.isEmpty()) {
            throw Check.invalid("content.columns", "must be a non-empty array");
        }
        var chosen = new java.util.ArrayList<String>();
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            if (!column.isString() || !allowed.contains(column.asString())) {
                throw Check.invalid("content.columns." + i, "must be one of " + allowed);
            }
            if (!chosen.contains(column.asString())) {
                chosen.add(column.asString());
            }
        }
        return chosen;
    }

    /** An exporter's CSV delimiter: one character, a comma unless another is asked. */
    public static char delimiter(JsonNode content) {
        var delimiter = JsonFields.optionalString(content, "csv_delimiter", "content");
        if (delimiter == null) {
            return ',';
        }
        if (delimiter.length() != 1 || delimiter.equals("\"") || delimiter.equals("\n") || delimiter.equals("\r")) {
            throw Check.invalid("content.csv_delimiter", "must be one character other than a quote or a line break");
        }
        return delimiter.charAt(0);
    }

    private static JsonNode resultStoragePolicy(JsonNode body) {
        var policy = body.get("result_storage_policy");
        if (policy == null) {
            return org.openluna.shared.api.Json.object();
        }
        JsonFields.object(policy, "result_storage_policy", Set.of("ttl"));
        var ttl = policy.get("ttl");
        if (ttl != null && (!ttl.isInt() || ttl.asInt() < 1 || ttl.asInt() > MAX_TTL_DAYS)) {
            throw Check.invalid("result_storage_policy.ttl", "must be an integer of days from 1 to " + MAX_TTL_DAYS);
        }
        return policy;
    }

    private static JsonNode defaultNotificationPolicy() {
        var policy = org.openluna.shared.api.Json.object();
        policy.put("enable", 0);
        policy.putArray("task_callbacks");
        policy.putArray("subtask_callbacks");
        return policy;
    }
}
