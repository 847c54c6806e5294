package org.openluna.shared.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.events.EventFilter;
import org.openluna.shared.events.Events;
import org.openluna.shared.events.StoredEvent;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.FaceFilter;
import org.openluna.shared.faces.Faces;
import tools.jackson.databind.JsonNode;

/**
 * The objects a task's plan splits into parts (ADR 0020), chosen by its filters within the task's own
 * account only: filters that name another account choose nothing. A matching task's references are
 * those of them with a descriptor.
 */
final class TaskObjects {
    /** The most events a task reads to choose its own. */
    private static final long MAX_EVENTS_READ = 1_000_000;

    private final Faces faces;
    private final Events events;
    private final Clock clock;

    TaskObjects(Faces faces, Events events, Clock clock) {
        this.faces = faces;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the task's parts are matching requests: a cross-match's references, or a clustering's objects against each other. */
    static boolean matches(TaskType type) {
        return type == TaskType.CROSS_MATCH || type == TaskType.CLUSTERING;
    }

    List<UUID> of(Task task) {
        var content = task.content();
        return switch (task.type()) {
            case ROC -> rocMarkup(task);
            case GC -> TaskRequest.collectsEvents(content) ? eventIds(task, content.get("filters"), TaskRequest.events(content, clock), false)
                    : faceIds(task, TaskRequest.faces(content, clock), false);
            case EXPORTER -> TaskRequest.exportsEvents(content) ? eventIds(task, content.get("filters"), TaskRequest.events(content, clock), false)
                    : faceIds(task, TaskRequest.faces(content, clock), false);
            // an event's face, the one it made, is what joins the list; an event that made none has nothing to link
            case LINKER -> TaskRequest.linksEvents(content)
                    ? events(task, content.get("filters"), TaskRequest.events(content, clock)).map(StoredEvent::faceId)
                            .filter(Objects::nonNull).distinct().toList()
                    : faceIds(task, TaskRequest.faces(content, clock), false);
            case CLUSTERING -> TaskRequest.clustersEvents(content)
                    ? eventIds(task, content.get("filters"), TaskRequest.events(content, clock), true)
                    : faceIds(task, TaskRequest.faces(content, clock), true);
            case CROSS_MATCH -> TaskRequest.matchesEvents(content, "reference_type")
                    ? eventIds(task, content.get("filters").get("reference_filters"), TaskRequest.eventSide(content, "reference_filters", clock), true)
                    : faceIds(task, TaskRequest.references(content, clock), true);
            default -> throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, task.type().path() + " tasks");
        };
    }

    private List<UUID> faceIds(Task task, org.openluna.shared.faces.FaceFilterJson filters, boolean withDescriptor) {
        if (filters.namesOtherThan(task.accountId())) {
            return List.of();
        }
        var chosen = faces.every(task.accountId(), filters.filter());
        return (withDescriptor ? chosen.filter(Face::hasAttribute) : chosen).map(Face::faceId).toList();
    }

    private List<UUID> eventIds(Task task, JsonNode filters, EventFilter filter, boolean withDescriptor) {
        var chosen = events(task, filters, filter);
        return (withDescriptor ? chosen.filter(event -> event.descriptor() != null) : chosen).map(StoredEvent::eventId).toList();
    }

    private Stream<StoredEvent> events(Task task, JsonNode filters, EventFilter filter) {
        return TaskRequest.namesOtherAccount(filters, task.accountId()) ? Stream.empty() : events.every(task.accountId(), filter, MAX_EVENTS_READ);
    }

    /** A roc's markup, every face of it the task's account's and with a descriptor, or the task fails. */
    private List<UUID> rocMarkup(Task task) {
        var roc = RocContent.read(task.content());
        if (roc.namedAccount() != null && !roc.namedAccount().equals(task.accountId())) {
            return List.of();
        }
        var present = faces.every(task.accountId(), new FaceFilter(roc.faceIds(), null, null, null, null, null, null))
                .collect(java.util.stream.Collectors.toMap(Face::faceId, Face::hasAttribute));
        for (var id : roc.faceIds()) {
            if (!present.containsKey(id)) {
                throw new LunaException(ErrorCode.FACE_NOT_FOUND, id);
            }
            if (!present.get(id)) {
                throw new LunaException(ErrorCode.NO_DESCRIPTOR_TO_MATCH, "Face", id);
            }
        }
        return roc.faceIds();
    }
}
