package org.openluna.shared.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.FaceFilter;
import org.openluna.shared.faces.Faces;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One part of an export or a report (ADR 0020): the rows of its objects under the columns asked and,
 * with {@code save_images}, each row's object and samples, which the merge writes into the
 * {@link CsvArchive}.
 */
final class CsvPart {
    private final Faces faces;
    private final Events events;

    CsvPart(Faces faces, Events events) {
        this.faces = faces;
        this.events = events;
    }

    /** An export's rows, of faces or of events, into {@code done}. */
    void export(Task task, List<UUID> ids, ObjectNode done) {
        var account = task.accountId();
        var columns = TaskRequest.columns(task.content());
        var rows = done.putArray("rows");
        var images = saveImages(task) ? done.putArray("images") : null;
        if (TaskRequest.exportsEvents(task.content())) {
            // in the order the plan chose them, newest first as GET /6/events
            var found = events.getAll(account, ids).stream().collect(Collectors.toMap(StoredEvent::eventId, e -> e));
            ids.stream().filter(found::containsKey).forEach(id -> {
                EventExport.row(found.get(id), columns).forEach(rows.addArray()::add);
                addImages(images, GcLeftovers.Found.of(found.get(id)));
            });
            return;
        }
        var samples = images == null ? Map.<UUID, GcLeftovers.Found>of() : samplesOf(account, ids);
        faces.every(account, new FaceFilter(ids, null, null, null, null, null, null)).forEach(face -> {
            FaceExport.row(face, columns).forEach(rows.addArray()::add);
            addImages(images, samples.getOrDefault(face.faceId(), noSamples(face.faceId())));
        });
    }

    /** A report's rows: the cluster's number and the face's id first, as the seed asks (l.9182), then the columns asked. */
    void report(Task task, List<UUID> ids, JsonNode clusters, ObjectNode done) {
        var account = task.accountId();
        var columns = TaskRequest.columns(task.content()).stream().filter(c -> !c.equals("face_id")).toList();
        var clusterOf = new HashMap<UUID, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            clusterOf.put(ids.get(i), clusters.get(i).asInt());
        }
        var rows = done.putArray("rows");
        var images = saveImages(task) ? done.putArray("images") : null;
        var samples = images == null ? Map.<UUID, GcLeftovers.Found>of() : samplesOf(account, ids);
        var found = faces.every(account, new FaceFilter(ids, null, null, null, null, null, null)).collect(Collectors.toMap(Face::faceId, f -> f));
        for (var id : ids) {
            var row = rows.addArray();
            row.add(Integer.toString(clusterOf.get(id)));
            row.add(id.toString());
            var face = found.get(id);
            // a face deleted since the clustering keeps its place in the report, without its columns
            (face == null ? columns.stream().map(c -> "").toList() : FaceExport.row(face, columns)).forEach(row::add);
            addImages(images, samples.getOrDefault(id, noSamples(id)));
        }
    }

    private static boolean saveImages(Task task) {
        var saveImages = task.content().get("save_images");
        return saveImages != null && saveImages.asInt() == 1;
    }

    private static void addImages(ArrayNode images, GcLeftovers.Found found) {
        if (images != null) {
            images.add(GcLeftovers.toJson(found));
        }
    }

    /** The samples a face's descriptor and attributes came from, by face; a face without any is absent. */
    private Map<UUID, GcLeftovers.Found> samplesOf(UUID account, List<UUID> ids) {
        return faces.stored(account, ids).stream().map(GcLeftovers.Found::of)
                .collect(Collectors.toMap(found -> UUID.fromString(found.id()), found -> found));
    }

    private static GcLeftovers.Found noSamples(UUID id) {
        return new GcLeftovers.Found(id.toString(), List.of(), List.of(), List.of());
    }
}
