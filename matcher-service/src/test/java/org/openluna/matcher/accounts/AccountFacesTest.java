package org.openluna.matcher.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openluna.matcher.RandomDescriptors;
import org.openluna.matcher.search.Match;
import org.openluna.matcher.search.ScalarBackend;
import org.openluna.matcher.search.SearchRequest;
import org.openluna.shared.descriptors.Descriptor;

class AccountFacesTest {
    private static final ScalarBackend BACKEND = new ScalarBackend();
    private final RandomDescriptors random = new RandomDescriptors(31);
    private final AccountFaces faces = new AccountFaces();
    private final UUID doors = random.faceId();
    private final UUID staff = random.faceId();

    @AfterAll
    static void close() {
        BACKEND.close();
    }

    private List<UUID> everyFaceFound(Descriptor query) {
        return faces.searchEveryFace(rows -> BACKEND.search(rows, new SearchRequest(List.of(query), 1_000, 0)))
                .getFirst().stream().map(Match::faceId).toList();
    }

    private List<UUID> foundInList(UUID list, Descriptor query) {
        return faces.searchList(list, rows -> BACKEND.search(rows, new SearchRequest(List.of(query), 1_000, 0)))
                .getFirst().stream().map(Match::faceId).toList();
    }

    @Test
    void aListSearchSeesOnlyTheFacesOfThatList() {
        UUID atTheDoor = random.faceId();
        UUID inTheOffice = random.faceId();
        UUID unlisted = random.faceId();
        faces.put(atTheDoor, random.next(), Set.of(doors));
        faces.put(inTheOffice, random.next(), Set.of(staff));
        faces.put(unlisted, random.next(), Set.of());

        assertThat(foundInList(doors, random.next())).containsExactly(atTheDoor);
        assertThat(foundInList(staff, random.next())).containsExactly(inTheOffice);
        assertThat(foundInList(random.faceId(), random.next())).isEmpty();
        assertThat(everyFaceFound(random.next())).containsExactlyInAnyOrder(atTheDoor, inTheOffice, unlisted);
    }

    @Test
    void aFaceInTwoListsHasARowInEachAndIsFoundOnceAmongEveryFace() {
        UUID both = random.faceId();
        Descriptor descriptor = random.next();
        faces.put(both, descriptor, Set.of(doors, staff));
        faces.put(random.faceId(), random.next(), Set.of(doors));
        faces.put(random.faceId(), random.next(), Set.of(staff));

        assertThat(faces.rowCount()).isEqualTo(4);
        assertThat(foundInList(doors, descriptor)).first().isEqualTo(both);
        assertThat(foundInList(staff, descriptor)).first().isEqualTo(both);
        assertThat(everyFaceFound(descriptor)).hasSize(3).doesNotHaveDuplicates().first().isEqualTo(both);
    }

    @Test
    void attachingAnUnlistedFaceMovesItsRowIntoTheList() {
        UUID face = random.faceId();
        faces.put(face, random.next(), Set.of());

        assertThat(faces.attach(doors, List.of(face, random.faceId()))).isEqualTo(1);
        assertThat(faces.attach(doors, List.of(face))).isZero();

        assertThat(faces.rowCount()).isEqualTo(1);
        assertThat(foundInList(doors, random.next())).containsExactly(face);
        assertThat(everyFaceFound(random.next())).containsExactly(face);
    }

    @Test
    void attachingAListedFaceToAnotherListCopiesItsRow() {
        UUID face = random.faceId();
        Descriptor descriptor = random.next();
        faces.put(face, descriptor, Set.of(doors));

        faces.attach(staff, List.of(face));

        assertThat(faces.rowCount()).isEqualTo(2);
        assertThat(foundInList(staff, descriptor)).containsExactly(face);
        assertThat(foundInList(doors, descriptor)).containsExactly(face);
    }

    @Test
    void detachingAFaceFromItsLastListKeepsItInTheAccountUnlisted() {
        UUID face = random.faceId();
        faces.put(face, random.next(), Set.of(doors, staff));

        assertThat(faces.detach(doors, List.of(face))).isEqualTo(1);
        assertThat(foundInList(doors, random.next())).isEmpty();
        assertThat(faces.rowCount()).isEqualTo(1);

        assertThat(faces.detach(staff, List.of(face))).isEqualTo(1);
        assertThat(foundInList(staff, random.next())).isEmpty();
        assertThat(everyFaceFound(random.next())).containsExactly(face);
        assertThat(faces.rowCount()).isEqualTo(1);
    }

    @Test
    void deletingAListKeepsItsFacesInTheAccount() {
        UUID onlyHere = random.faceId();
        UUID alsoStaff = random.faceId();
        faces.put(onlyHere, random.next(), Set.of(doors));
        faces.put(alsoStaff, random.next(), Set.of(doors, staff));

        faces.deleteList(doors);

        assertThat(foundInList(doors, random.next())).isEmpty();
        assertThat(foundInList(staff, random.next())).containsExactly(alsoStaff);
        assertThat(everyFaceFound(random.next())).containsExactlyInAnyOrder(onlyHere, alsoStaff);
        assertThat(faces.rowCount()).isEqualTo(2);
    }

    @Test
    void puttingAFaceAgainReplacesItsDescriptorAndLists() {
        UUID face = random.faceId();
        Descriptor first = random.next();
        Descriptor second = random.next();
        faces.put(face, first, Set.of(doors));

        faces.put(face, second, Set.of(staff));

        assertThat(foundInList(doors, second)).isEmpty();
        var matches = faces.searchList(staff, rows -> BACKEND.search(rows, new SearchRequest(List.of(second), 1, 0))).getFirst();
        assertThat(matches).containsExactly(new Match(face, second.similarityTo(second)));
        assertThat(faces.rowCount()).isEqualTo(1);
    }

    @Test
    void deletingAFaceRemovesItFromEveryListThatHeldIt() {
        UUID face = random.faceId();
        UUID other = random.faceId();
        faces.put(face, random.next(), Set.of(doors, staff));
        faces.put(other, random.next(), Set.of(doors));

        assertThat(faces.delete(face)).isTrue();
        assertThat(faces.delete(face)).isFalse();

        assertThat(foundInList(doors, random.next())).containsExactly(other);
        assertThat(foundInList(staff, random.next())).isEmpty();
        assertThat(everyFaceFound(random.next())).containsExactly(other);
    }
}
