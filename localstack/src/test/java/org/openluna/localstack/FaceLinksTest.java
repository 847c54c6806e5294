package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.shared.faces.Face;
import org.openluna.shared.faces.FaceFields;
import org.openluna.shared.faces.FaceList;
import org.openluna.shared.tables.FaceLinks;
import org.openluna.shared.tables.ListsTable;
import org.openluna.shared.tables.TableNames;

/**
 * The transactions of {@code FaceLinks} on the stack's DynamoDB Local, below the API: the one case the
 * API cannot bring about on purpose, a list that goes missing while a face is being created in it
 * after the first transaction's worth of lists (the API checks every list just before).
 */
@ExtendWith(RunningStack.class)
class FaceLinksTest {
    private static final TableNames NAMES = new TableNames("luna-");

    @Test
    void aFaceWhoseLaterListIsMissingIsTakenOutOfEveryListItJoinedFirst(RunningStack.Started stack) {
        try (var stored = new StoredFaces(stack)) {
            var lists = new ListsTable(stored.dynamo(), NAMES);
            var links = new FaceLinks(stored.dynamo(), NAMES);
            var account = UUID.randomUUID();
            var now = Instant.now();
            for (int joined : List.of(60, 150)) {
                var listIds = new ArrayList<UUID>();
                for (int i = 0; i < joined; i++) {
                    var list = new FaceList(UUID.randomUUID(), account, "list " + i, now, now);
                    lists.create(list);
                    listIds.add(list.listId());
                }
                // a face's lists are sorted by id, so the missing one is made to sort last
                var missing = UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff");
                listIds.add(missing);
                var face = new Face(UUID.randomUUID(), account, now, FaceFields.none(), listIds, false, 1);
                assertThat(face.lists().getLast()).isEqualTo(missing);

                assertThat(links.create(face, null)).as("%s lists joined first", joined).contains(missing);

                assertThat(stored.face(account.toString(), face.faceId().toString())).isEmpty();
                assertThat(listIds).allSatisfy(listId -> assertThat(stored.members(listId.toString())).isZero());
            }
        }
    }
}
