package org.openluna.matcher.feed;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openluna.matcher.accounts.Accounts;
import org.openluna.shared.faces.MatchableFace;
import org.openluna.shared.tables.FaceImages;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Faces as the table holds them, written into the index: a face read by the load, or a record of the
 * faces stream. Applying a face or a record again leaves the same state, and applying every record of
 * an item in order ends in the item's last state, whatever state the load read in between.
 */
final class FaceChanges {
    private final Accounts accounts;

    FaceChanges(Accounts accounts) {
        this.accounts = accounts;
    }

    /** A face with a descriptor, with exactly the lists it names. */
    void put(MatchableFace face) {
        accounts.of(face.accountId()).put(face.faceId(), face.descriptor(), face.lists());
    }

    /** One stream record: a face written (its new image) or deleted (its keys). */
    void apply(Record record) {
        var data = record.dynamodb();
        var keys = data.keys();
        if (record.eventName() == OperationType.REMOVE) {
            remove(keys);
            return;
        }
        Optional<MatchableFace> now = FaceImages.matchable(data.newImage());
        // most changes of a face (user_data, external_id, a patch) touch nothing the index holds
        if (record.eventName() == OperationType.MODIFY && data.hasOldImage() && now.equals(FaceImages.matchable(data.oldImage()))) {
            return;
        }
        now.ifPresentOrElse(this::put, () -> remove(keys));
    }

    /** A face deleted, or left without a descriptor; one the index does not hold changes nothing. */
    private void remove(Map<String, AttributeValue> keys) {
        UUID account = FaceImages.accountId(keys);
        UUID face = FaceImages.faceId(keys);
        accounts.find(account).ifPresent(faces -> faces.delete(face));
    }
}
