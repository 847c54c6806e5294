package org.openluna.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openluna.matcher.accounts.Accounts;
import org.openluna.matcher.search.CpuBackend;
import org.openluna.matcher.search.Match;
import org.openluna.matcher.search.SearchRequest;
import org.openluna.shared.descriptors.Descriptor;

class MatcherTest {
    private final RandomDescriptors random = new RandomDescriptors(41);
    private final Accounts accounts = new Accounts();
    private final CpuBackend backend = new CpuBackend(2);
    private final Matcher matcher = new Matcher(accounts, backend);

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void matchingNeverReturnsCandidatesFromAnotherAccount() {
        UUID mine = random.faceId();
        UUID theirs = random.faceId();
        UUID list = random.faceId();
        Descriptor sameFace = random.next();
        UUID myAccount = random.faceId();
        UUID theirAccount = random.faceId();
        accounts.of(myAccount).put(mine, sameFace, Set.of(list));
        accounts.of(theirAccount).put(theirs, sameFace, Set.of(list));
        for (int i = 0; i < 50; i++) {
            accounts.of(theirAccount).put(random.faceId(), random.near(sameFace, 0.3), Set.of(list));
        }
        var request = new SearchRequest(List.of(sameFace), 100, 0);

        var everyFace = matcher.search(myAccount, SearchScope.everyFace(), request).getFirst();
        var inList = matcher.search(myAccount, SearchScope.list(list), request).getFirst();

        assertThat(everyFace).extracting(Match::faceId).containsExactly(mine);
        assertThat(inList).extracting(Match::faceId).containsExactly(mine);
        assertThat(matcher.search(theirAccount, SearchScope.list(list), request).getFirst()).hasSize(51);
    }

    @Test
    void aSearchOfGivenFacesComparesOnlyTheGivenFacesTheAccountHolds() {
        UUID account = random.faceId();
        UUID otherAccount = random.faceId();
        Descriptor query = random.next();
        UUID listed = random.faceId();
        UUID unlisted = random.faceId();
        UUID notGiven = random.faceId();
        UUID deleted = random.faceId();
        UUID theirs = random.faceId();
        Descriptor listedDescriptor = random.near(query, 0.5);
        Descriptor unlistedDescriptor = random.near(query, 1.0);
        accounts.of(account).put(listed, listedDescriptor, Set.of(random.faceId(), random.faceId()));
        accounts.of(account).put(unlisted, unlistedDescriptor, Set.of());
        accounts.of(account).put(notGiven, query, Set.of());
        accounts.of(account).put(deleted, query, Set.of());
        accounts.of(account).delete(deleted);
        accounts.of(otherAccount).put(theirs, query, Set.of());

        var found = matcher.search(account, SearchScope.faces(List.of(unlisted, listed, deleted, theirs, random.faceId())),
                new SearchRequest(List.of(query), 10, 0)).getFirst();

        assertThat(found).containsExactly(new Match(listed, query.similarityTo(listedDescriptor)),
                new Match(unlisted, query.similarityTo(unlistedDescriptor)));
    }

    @Test
    void anAccountWithNoFacesHasNoMatchesForAnyQuery() {
        var request = new SearchRequest(List.of(random.next(), random.next()), 3, 0);

        assertThat(matcher.search(random.faceId(), SearchScope.everyFace(), request)).containsExactly(List.of(), List.of());
    }
}
