package org.openluna.shared.faces;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.Times;
import org.openluna.shared.attributes.FaceAttribute;
import org.openluna.shared.attributes.TemporaryAttributes;
import org.openluna.shared.tables.FaceLinks;
import org.openluna.shared.tables.FacesTable;
import org.openluna.shared.tables.ListFacesTable;
import org.openluna.shared.tables.ListsTable;

/**
 * The faces of each account (seed l.2020-2272). Every operation names the account, and another
 * account's face answers exactly as a missing one. A wrong request is refused before anything is
 * written.
 */
public final class Faces {
    // a face is deleted as read; each retry follows a change made meanwhile by another request
    private static final int DELETE_ATTEMPTS = 10;
    // a page of 10 reads ahead no further than needed, and no read takes more than 1000 items
    private static final int MAX_READ = 1000;

    private final FacesTable table;
    private final ListsTable lists;
    private final FaceLinks links;
    private final FaceSearch search;
    private final TemporaryAttributes attributes;
    private final Clock clock;

    public Faces(FacesTable table, ListsTable lists, ListFacesTable members, FaceLinks links, TemporaryAttributes attributes, Clock clock) {
        this.table = table;
        this.lists = lists;
        this.links = links;
        this.search = new FaceSearch(table, lists, members);
        this.attributes = attributes;
        this.clock = clock;
    }

    public Face create(UUID account, NewFace request) {
        var attribute = request.attribute() == null ? null : resolve(account, request.attribute());
        requireLists(account, request.lists());
        var now = Times.now(clock);
        var face = new Face(UUID.randomUUID(), account, now, request.fields(), request.lists(), attribute != null, 1);
        links.create(face, attribute == null ? null : new FaceAttributeRecord(attribute, now)).ifPresent(missing -> {
            throw listNotFound(missing);
        });
        lists.touch(account, request.lists(), now);
        return face;
    }

    public Face get(UUID account, UUID faceId) {
        return table.get(account, faceId).orElseThrow(() -> notFound(faceId));
    }

    public FaceAttributeRecord attribute(UUID account, UUID faceId) {
        return table.getWithAttribute(account, faceId).orElseThrow(() -> notFound(faceId)).attribute()
                .orElseThrow(() -> new LunaException(ErrorCode.FACE_ATTRIBUTE_NOT_FOUND, faceId));
    }

    public void update(UUID account, UUID faceId, FacePatch patch) {
        if (!table.update(account, faceId, patch)) {
            throw notFound(faceId);
        }
    }

    /** Replaces the face's attribute, the seed's PUT (l.2206-2219); the face is checked before the attribute. */
    public void setAttribute(UUID account, UUID faceId, AttributeSource source) {
        get(account, faceId);
        var attribute = resolve(account, source);
        if (!table.setAttribute(account, faceId, new FaceAttributeRecord(attribute, Times.now(clock)))) {
            throw notFound(faceId);
        }
    }

    public void removeAttribute(UUID account, UUID faceId) {
        if (!table.removeAttribute(account, faceId)) {
            get(account, faceId);
            throw new LunaException(ErrorCode.FACE_ATTRIBUTE_NOT_FOUND, faceId);
        }
    }

    public void delete(UUID account, UUID faceId) {
        if (!deleteIfPresent(account, faceId)) {
            throw notFound(faceId);
        }
    }

    /**
     * Deletes the faces; unless {@code ignoreMissing}, a missing one refuses the whole request before
     * any is deleted (seed l.2078-2096).
     */
    public void deleteAll(UUID account, List<UUID> faceIds, boolean ignoreMissing) {
        if (!ignoreMissing) {
            require(account, faceIds);
        }
        faceIds.forEach(id -> deleteIfPresent(account, id));
    }

    /**
     * Deletes the face and takes it out of every list, with its attribute; its samples stay (seed
     * l.2177). A face in more lists than one transaction holds leaves some of them first.
     *
     * @return false when the account has no such face
     */
    public boolean deleteIfPresent(UUID account, UUID faceId) {
        for (int attempt = 0; attempt < DELETE_ATTEMPTS; attempt++) {
            var face = table.get(account, faceId);
            if (face.isEmpty()) {
                return false;
            }
            var inLists = face.get().lists();
            if (inLists.size() > FaceLinks.LISTS_PER_DELETION) {
                if (links.leave(face.get(), inLists.subList(0, FaceLinks.LISTS_PER_DELETION))) {
                    attempt--; // progress, not a retry
                }
            } else if (links.delete(face.get())) {
                return true;
            }
        }
        throw new IllegalStateException("face " + faceId + " kept changing while it was being deleted");
    }

    /** One page of the faces that pass the filter, newest first, or by id with id bounds (ADR 0009). */
    public List<Face> find(UUID account, FaceFilter filter, Paging paging) {
        int read = (int) Math.min(MAX_READ, paging.offset() + paging.pageSize());
        return search.find(account, filter, read).skip(paging.offset()).limit(paging.pageSize()).toList();
    }

    /** Every face that passes the filter, read lazily as the stream is consumed, newest or highest id first. */
    public Stream<Face> every(UUID account, FaceFilter filter) {
        return search.find(account, filter, MAX_READ);
    }

    public long count(UUID account, FaceFilter filter) {
        return search.count(account, filter);
    }

    /** Those of these faces that are the account's, with their attributes, in no particular order; ids must not repeat. */
    public List<StoredFace> stored(UUID account, java.util.Collection<UUID> faceIds) {
        return table.getAllWithAttributes(account, faceIds);
    }

    /** The descriptors of those of these faces that are the account's and hold one; ids must not repeat. */
    public java.util.Map<UUID, org.openluna.shared.descriptors.Descriptor> descriptors(UUID account, java.util.Collection<UUID> faceIds) {
        var found = new java.util.HashMap<UUID, org.openluna.shared.descriptors.Descriptor>();
        for (var face : stored(account, faceIds)) {
            face.attribute().flatMap(record -> record.attribute().faceDescriptor()).ifPresent(d -> found.put(face.face().faceId(), d));
        }
        return found;
    }

    public long countWithAttribute(UUID account) {
        return table.countWithAttribute(account);
    }

    /** The faces of these ids, all of which must be the account's; the first missing one is refused. */
    List<Face> require(UUID account, List<UUID> faceIds) {
        var found = table.getAll(account, faceIds);
        var ids = found.stream().map(Face::faceId).collect(Collectors.toCollection(HashSet::new));
        faceIds.stream().filter(id -> !ids.contains(id)).findFirst().ifPresent(missing -> {
            throw notFound(missing);
        });
        return found;
    }

    private FaceAttribute resolve(UUID account, AttributeSource source) {
        return switch (source) {
            case AttributeSource.Temporary temporary -> attributes.get(account, temporary.attributeId()).attribute();
            case AttributeSource.Given given -> given.attribute();
        };
    }

    private void requireLists(UUID account, List<UUID> listIds) {
        if (listIds.isEmpty()) {
            return;
        }
        var found = lists.getAll(account, listIds).stream().map(FaceList::listId).collect(Collectors.toSet());
        listIds.stream().filter(id -> !found.contains(id)).findFirst().ifPresent(missing -> {
            throw listNotFound(missing);
        });
    }

    static LunaException notFound(UUID faceId) {
        return new LunaException(ErrorCode.FACE_NOT_FOUND, faceId);
    }

    static LunaException listNotFound(UUID listId) {
        return new LunaException(ErrorCode.LIST_NOT_FOUND, listId);
    }
}
