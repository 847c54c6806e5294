package org.openluna.matcher;

import java.util.List;
import java.util.UUID;
import org.openluna.matcher.accounts.AccountFaces;
import org.openluna.matcher.accounts.Accounts;
import org.openluna.matcher.search.Backend;
import org.openluna.matcher.search.Match;
import org.openluna.matcher.search.SearchRequest;

/**
 * 1:N search over the faces held in memory: picks the account's candidate rows for the scope and hands
 * them to the backend. The caller owns both the accounts and the backend.
 */
public final class Matcher {
    private final Accounts accounts;
    private final Backend backend;

    public Matcher(Accounts accounts, Backend backend) {
        this.accounts = accounts;
        this.backend = backend;
    }

    /** The faces this matcher searches; its feed writes into them. */
    public Accounts accounts() {
        return accounts;
    }

    /** For each query, in order, its best matches in the account, best first; an unknown account has none. */
    public List<List<Match>> search(UUID accountId, SearchScope scope, SearchRequest request) {
        var held = accounts.find(accountId);
        if (held.isEmpty()) {
            return request.queries().stream().map(query -> List.<Match>of()).toList();
        }
        AccountFaces faces = held.get();
        return switch (scope) {
            case SearchScope.EveryFace every -> faces.searchEveryFace(candidates -> backend.search(candidates, request));
            case SearchScope.InList list -> faces.searchList(list.listId(), candidates -> backend.search(candidates, request));
            case SearchScope.GivenFaces given -> faces.searchFaces(given.faceIds(), candidates -> backend.search(candidates, request));
        };
    }
}
