package org.openluna.shared.tables;

import static org.openluna.shared.tables.Items.s;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.FaceAttributeRecord;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The writes that tie faces and lists together, each a DynamoDB transaction: a face's {@code lists}
 * set and the list's item for the face change together or not at all, and every attach checks in
 * the same transaction that the list is there and not being deleted. A transaction holds at most
 * 100 actions, so a change of more faces or lists than fit is made in steps (ADR 0009).
 */
public final class FaceLinks {
    /** A list a face joins costs two actions (the list's check and its item for the face), beside one for the face. */
    static final int LISTS_PER_STEP = (Transactions.MAX_ACTIONS - 1) / 2;
    /** A face joining a list costs two actions (the face's update and the list's item), beside the list's check. */
    static final int FACES_PER_ATTACH = (Transactions.MAX_ACTIONS - 1) / 2;
    /** A face leaving a list costs two actions (the face's update and the deletion of the list's item). */
    static final int FACES_PER_DETACH = Transactions.MAX_ACTIONS / 2;
    /** A face's deletion takes one action, and one per list it leaves. */
    public static final int LISTS_PER_DELETION = Transactions.MAX_ACTIONS - 1;

    private final DynamoDbClient dynamo;
    private final String faces;
    private final String lists;
    private final String listFaces;

    public FaceLinks(DynamoDbClient dynamo, TableNames names) {
        this.dynamo = dynamo;
        this.faces = names.faces();
        this.lists = names.lists();
        this.listFaces = names.listFaces();
    }

    /**
     * Writes a new face, in every list of {@code face.lists()}, in steps of {@link #LISTS_PER_STEP} lists.
     *
     * @return empty when the face was written, or a list that was missing or being deleted; the face is
     *         then taken out again, so nothing is left of it
     */
    public Optional<UUID> create(Face face, FaceAttributeRecord attribute) {
        var steps = chunks(face.lists(), LISTS_PER_STEP);
        var first = steps.isEmpty() ? List.<UUID>of() : steps.getFirst();
        var actions = new ArrayList<TransactWriteItem>();
        var put = new Expressions().absent(TableDefinitions.FACES_SORT_KEY);
        actions.add(TransactWriteItem.builder().put(Put.builder().tableName(faces).item(FaceItems.item(face, attribute, first))
                .conditionExpression(put.condition()).expressionAttributeNames(put.names()).build()).build());
        first.forEach(listId -> actions.addAll(join(face, listId)));
        var failed = Transactions.write(dynamo, actions);
        if (failed.contains(0)) {
            throw new IllegalStateException("face id " + face.faceId() + " is taken");
        }
        if (!failed.isEmpty()) {
            return Optional.of(first.get((failed.getFirst() - 1) / 2));
        }
        var joined = new ArrayList<>(first);
        long version = face.version();
        for (var step : steps.size() > 1 ? steps.subList(1, steps.size()) : List.<List<UUID>>of()) {
            actions.clear();
            actions.add(faceUpdate(face.accountId(), face.faceId(), step, true, version));
            step.forEach(listId -> actions.addAll(join(face, listId)));
            failed = Transactions.write(dynamo, actions);
            if (!failed.isEmpty()) {
                if (failed.getFirst() == 0) {
                    // the face changed or went meanwhile: whoever did it owns it now
                    return Optional.empty();
                }
                var missing = step.get((failed.getFirst() - 1) / 2);
                undo(face, joined, version);
                return Optional.of(missing);
            }
            joined.addAll(step);
            version++;
        }
        return Optional.empty();
    }

    /** Takes out a face just written, leaving its lists in steps as a deletion does, unless somebody changed it meanwhile. */
    private void undo(Face face, List<UUID> joined, long version) {
        var remaining = new ArrayList<>(joined);
        while (remaining.size() > LISTS_PER_DELETION) {
            var step = List.copyOf(remaining.subList(0, LISTS_PER_DELETION));
            var actions = new ArrayList<TransactWriteItem>();
            actions.add(faceUpdate(face.accountId(), face.faceId(), step, false, version));
            step.forEach(listId -> actions.add(memberDeletion(listId, face.faceId())));
            if (!Transactions.write(dynamo, actions).isEmpty()) {
                return;
            }
            remaining.removeAll(step);
            version++;
        }
        var actions = new ArrayList<TransactWriteItem>();
        actions.add(faceDeletion(face.accountId(), face.faceId(), version));
        remaining.forEach(listId -> actions.add(memberDeletion(listId, face.faceId())));
        Transactions.write(dynamo, actions);
    }

    /**
     * Attaches the faces to the list, in steps of {@link #FACES_PER_ATTACH}; a face that was in the list
     * when read is left alone, and a face deleted meanwhile is skipped.
     *
     * @return false when the list was missing or being deleted; the steps before stay written and the
     *         list's deletion detaches them
     */
    public boolean attach(UUID account, UUID listId, Collection<Face> members) {
        var pending = members.stream().filter(f -> !f.lists().contains(listId)).toList();
        for (var step : chunks(pending, FACES_PER_ATTACH)) {
            var remaining = new ArrayList<>(step);
            while (!remaining.isEmpty()) {
                var actions = new ArrayList<TransactWriteItem>();
                actions.add(listCheck(account, listId));
                for (var face : remaining) {
                    actions.add(faceUpdate(account, face.faceId(), List.of(listId), true, null));
                    actions.add(memberPut(listId, face));
                }
                var failed = Transactions.write(dynamo, actions);
                if (failed.isEmpty()) {
                    break;
                }
                if (failed.contains(0)) {
                    return false;
                }
                var gone = new HashSet<Face>();
                failed.forEach(i -> gone.add(remaining.get((i - 1) / 2)));
                remaining.removeAll(gone);
            }
        }
        return true;
    }

    /**
     * Detaches the faces from the list, in steps of {@link #FACES_PER_DETACH}. A face deleted meanwhile
     * has left its lists already; its item in the list, if any is left, is deleted all the same.
     */
    public void detach(UUID account, UUID listId, Collection<UUID> faceIds) {
        for (var step : chunks(List.copyOf(faceIds), FACES_PER_DETACH)) {
            var remaining = new ArrayList<>(step);
            while (!remaining.isEmpty()) {
                var actions = new ArrayList<TransactWriteItem>();
                for (var faceId : remaining) {
                    actions.add(faceUpdate(account, faceId, List.of(listId), false, null));
                    actions.add(memberDeletion(listId, faceId));
                }
                var failed = Transactions.write(dynamo, actions);
                if (failed.isEmpty()) {
                    break;
                }
                var gone = failed.stream().map(i -> remaining.get(i / 2)).toList();
                gone.forEach(faceId -> dynamo.deleteItem(b -> b.tableName(listFaces).key(memberKey(listId, faceId))));
                remaining.removeAll(gone);
            }
        }
    }

    /**
     * Deletes the face and its items in its lists, if it is still as read: a face that joined or left
     * a list since has another version.
     *
     * @return false when the face changed or went meanwhile; read it again and retry
     * @throws IllegalArgumentException for a face in more than {@link #LISTS_PER_DELETION} lists: let it {@link #leave} some first
     */
    public boolean delete(Face face) {
        if (face.lists().size() > LISTS_PER_DELETION) {
            throw new IllegalArgumentException("a face in " + face.lists().size() + " lists leaves some before it is deleted");
        }
        var actions = new ArrayList<TransactWriteItem>();
        actions.add(faceDeletion(face.accountId(), face.faceId(), face.version()));
        face.lists().forEach(listId -> actions.add(memberDeletion(listId, face.faceId())));
        return Transactions.write(dynamo, actions).isEmpty();
    }

    /**
     * Takes the face out of some of its lists (at most {@link #LISTS_PER_DELETION}), if it is still as read.
     *
     * @return false when the face changed or went meanwhile
     */
    public boolean leave(Face face, List<UUID> listIds) {
        var actions = new ArrayList<TransactWriteItem>();
        actions.add(faceUpdate(face.accountId(), face.faceId(), listIds, false, face.version()));
        listIds.forEach(listId -> actions.add(memberDeletion(listId, face.faceId())));
        return Transactions.write(dynamo, actions).isEmpty();
    }

    private List<TransactWriteItem> join(Face face, UUID listId) {
        return List.of(listCheck(face.accountId(), listId), memberPut(listId, face));
    }

    private TransactWriteItem listCheck(UUID account, UUID listId) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(lists)
                .key(ListsTable.key(account, listId)).conditionExpression(ListsTable.LIVE).build()).build();
    }

    private TransactWriteItem memberPut(UUID listId, Face face) {
        var item = Map.of(
                TableDefinitions.LIST_FACES_KEY, s(listId),
                TableDefinitions.LIST_FACES_SORT_KEY, s(face.faceId()),
                "account_id", s(face.accountId()),
                TableDefinitions.CREATE_KEY, s(face.createKey()));
        return TransactWriteItem.builder().put(Put.builder().tableName(listFaces).item(item).build()).build();
    }

    private TransactWriteItem memberDeletion(UUID listId, UUID faceId) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(listFaces).key(memberKey(listId, faceId)).build()).build();
    }

    private static Map<String, AttributeValue> memberKey(UUID listId, UUID faceId) {
        return Map.of(TableDefinitions.LIST_FACES_KEY, s(listId), TableDefinitions.LIST_FACES_SORT_KEY, s(faceId));
    }

    /**
     * Adds lists to a face's set or takes them out, and counts the change in its version.
     *
     * @param expectedVersion the version the face must still have; null for any, as long as it exists
     */
    private TransactWriteItem faceUpdate(UUID account, UUID faceId, Collection<UUID> listIds, boolean joins, Long expectedVersion) {
        var e = new Expressions().add("version", Items.n(1));
        if (joins) {
            e.add("lists", FaceItems.listSet(listIds));
        } else {
            e.delete("lists", FaceItems.listSet(listIds));
        }
        e.exists(TableDefinitions.FACES_SORT_KEY);
        if (expectedVersion != null) {
            e.compare("version", "=", Items.n(expectedVersion));
        }
        return TransactWriteItem.builder().update(Update.builder().tableName(faces).key(FaceItems.key(account, faceId))
                .updateExpression(e.update()).conditionExpression(e.condition())
                .expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build()).build();
    }

    private TransactWriteItem faceDeletion(UUID account, UUID faceId, long version) {
        var e = new Expressions().compare("version", "=", Items.n(version));
        return TransactWriteItem.builder().delete(Delete.builder().tableName(faces).key(FaceItems.key(account, faceId))
                .conditionExpression(e.condition()).expressionAttributeNames(e.names()).expressionAttributeValues(e.values()).build()).build();
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        var out = new ArrayList<List<T>>();
        for (int from = 0; from < all.size(); from += size) {
            out.add(List.copyOf(all.subList(from, Math.min(all.size(), from + size))));
        }
        return out;
    }
}
