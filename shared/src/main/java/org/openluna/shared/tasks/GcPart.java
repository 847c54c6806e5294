package org.openluna.shared.tasks;

import java.util.List;
import java.util.UUID;
import org.openluna.shared.api.Json;
import org.openluna.shared.events.Events;
import org.openluna.shared.faces.Faces;
import org.openluna.shared.tables.TasksTable;
import tools.jackson.databind.node.ArrayNode;

/**
 * One part of a gc task (ADR 0020): its faces or events removed, with their samples and image origins
 * when asked. The part first stores, once, what it found with what it points to: a worker killed
 * midway removed some of it, and the redelivery, which finds only the rest, still removes and reports
 * everything. Each item is {@code {face_id | event_id, samples}}.
 */
final class GcPart {
    private final Faces faces;
    private final Events events;
    private final TasksTable table;
    private final GcLeftovers leftovers;

    GcPart(Faces faces, Events events, TasksTable table, GcLeftovers leftovers) {
        this.faces = faces;
        this.events = events;
        this.table = table;
        this.leftovers = leftovers;
    }

    ArrayNode run(Task task, int subtaskId, List<UUID> ids) {
        var account = task.accountId();
        boolean ofEvents = TaskRequest.collectsEvents(task.content());
        var present = ofEvents ? events.getAll(account, ids).stream().map(GcLeftovers.Found::of).toList()
                : faces.stored(account, ids).stream().map(GcLeftovers.Found::of).toList();
        var found = GcLeftovers.read(table.firstFound(account, task.taskId(), subtaskId, GcLeftovers.write(present)));
        boolean samples = TaskRequest.flag(task.content(), "remove_samples");
        boolean imageOrigins = TaskRequest.flag(task.content(), "remove_image_origins");
        var removed = Json.mapper().createArrayNode();
        for (var object : found) {
            leftovers.remove(account, object, samples, imageOrigins);
            var id = UUID.fromString(object.id());
            if (ofEvents) {
                events.delete(account, id);
            } else {
                faces.deleteIfPresent(account, id);
            }
            var item = removed.addObject();
            item.put(ofEvents ? "event_id" : "face_id", object.id());
            var sampleIds = item.putArray("samples");
            if (samples) {
                object.samples().forEach(sample -> sampleIds.add(sample.toString()));
            }
        }
        return removed;
    }
}
