package org.openluna.shared.tables;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openluna.shared.descriptors.SdkDescriptor;
import org.openluna.shared.faces.MatchableFace;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Faces items as the matcher reads them: from a scan of the table, or from the old and new images and
 * keys of its stream records. A face's {@code lists} set is written in the same transaction as the
 * list's item for it (ADR 0009), so the faces table alone says which lists hold a face.
 */
public final class FaceImages {
    /** The attributes a matchable face needs, which a scan for the matcher projects. */
    static final List<String> MATCHABLE = List.of(TableDefinitions.FACES_KEY, TableDefinitions.FACES_SORT_KEY,
            AttributeItems.DESCRIPTOR, "lists");

    private FaceImages() {}

    /** The face of an item or image; empty when it holds no descriptor. */
    public static Optional<MatchableFace> matchable(Map<String, AttributeValue> item) {
        var descriptor = item.get(AttributeItems.DESCRIPTOR);
        if (descriptor == null || descriptor.b() == null) {
            return Optional.empty();
        }
        Set<UUID> lists = item.containsKey("lists")
                ? item.get("lists").ss().stream().map(UUID::fromString).collect(Collectors.toUnmodifiableSet())
                : Set.of();
        return Optional.of(new MatchableFace(accountId(item), faceId(item),
                SdkDescriptor.parse(descriptor.b().asByteArray()), lists));
    }

    /** The account of an item, an image or a record's keys. */
    public static UUID accountId(Map<String, AttributeValue> keys) {
        return Items.uuid(keys, TableDefinitions.FACES_KEY);
    }

    /** The face id of an item, an image or a record's keys. */
    public static UUID faceId(Map<String, AttributeValue> keys) {
        return Items.uuid(keys, TableDefinitions.FACES_SORT_KEY);
    }
}
