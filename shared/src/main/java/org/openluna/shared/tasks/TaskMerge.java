package org.openluna.shared.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.openluna.shared.api.Json;
import tools.jackson.databind.JsonNode;

/**
 * A task's result, merged from what its subtasks did: the seed's {@code {result, errors}} JSON, or,
 * for an export and a report, the {@link CsvArchive} of their CSV. Each type's shape is in ADR 0020.
 */
record TaskMerge(byte[] bytes, String contentType) {

    /**
     * @param errors the task's errors, as the result lists them
     * @param plannedListId a linker's list, when no subtask named it (a linker with nothing to link)
     */
    static TaskMerge of(Task task, List<Subtask> subtasks, List<Map<String, Object>> errors, String plannedListId) {
        return switch (task.type()) {
            case EXPORTER, REPORTER -> throw new IllegalArgumentException("an archive is written as a stream: see archive()");
            case CLUSTERING -> json(Clusters.of(results(subtasks, "matches")).toJson(), errors);
            case CROSS_MATCH -> json(results(subtasks, "matches"), errors);
            case ESTIMATOR -> json(results(subtasks, "images"), errors);
            case ROC -> {
                var roc = RocContent.read(task.content());
                var parts = subtasks.stream().filter(s -> s.result() != null && s.result().has("positives")).map(Subtask::result).toList();
                yield json(RocCurve.merge(parts, roc.keyFprs(), roc.limit()), errors);
            }
            case LINKER -> {
                var linked = new LinkedHashMap<String, Object>();
                linked.put("list_id", subtasks.stream().filter(s -> s.result() != null && s.result().has("list_id"))
                        .map(s -> s.result().get("list_id").asString()).findFirst().orElse(plannedListId));
                linked.put("face_ids", results(subtasks, "face_ids").stream().map(JsonNode::asString).toList());
                yield json(linked, errors);
            }
            // gc: each object removed with the samples removed with it, as the seed's example shows an event's
            default -> json(results(subtasks, "removed"), errors);
        };
    }

    /** Every item of one array of the subtasks' results, in the subtasks' order. */
    private static List<JsonNode> results(List<Subtask> subtasks, String field) {
        return subtasks.stream().filter(s -> s.result() != null && s.result().has(field))
                .flatMap(s -> StreamSupport.stream(s.result().get(field).spliterator(), false)).toList();
    }

    private static TaskMerge json(Object result, List<Map<String, Object>> errors) {
        var document = new LinkedHashMap<String, Object>();
        document.put("result", result);
        document.put("errors", errors);
        return new TaskMerge(Json.write(document), "application/json");
    }

    /**
     * An export's rows under its columns, of faces or events; a report's under the cluster's number and
     * the face first (seed l.9182). With {@code save_images}, each row's object and samples as its part saw them.
     */
    static CsvArchive archive(Task task, List<Subtask> subtasks) {
        var rows = new ArrayList<List<String>>();
        for (var row : results(subtasks, "rows")) {
            var cells = new ArrayList<String>();
            row.forEach(cell -> cells.add(cell.asString()));
            rows.add(cells);
        }
        var columns = TaskRequest.columns(task.content());
        if (task.type() == TaskType.REPORTER) {
            var header = new ArrayList<String>(List.of("cluster_id", "face_id"));
            columns.stream().filter(c -> !c.equals("face_id")).forEach(header::add);
            columns = header;
        }
        var file = TaskRequest.exportsEvents(task.content()) ? EventExport.FILE_NAME : FaceExport.FILE_NAME;
        var images = results(subtasks, "images").stream().map(GcLeftovers::fromJson).toList();
        return new CsvArchive(file, columns, TaskRequest.delimiter(task.content()), rows, images);
    }
}
