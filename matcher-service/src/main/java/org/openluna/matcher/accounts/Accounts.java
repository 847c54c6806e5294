package org.openluna.matcher.accounts;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openluna.matcher.rows.RowMirror;

/** Every account's faces held by this service, each account apart: a search only ever sees one account's rows. */
public final class Accounts {
    private final ConcurrentHashMap<UUID, AccountFaces> byAccount = new ConcurrentHashMap<>();
    private final RowMirror mirror;

    /** Accounts whose rows live on the host only. */
    public Accounts() {
        this(RowMirror.NONE);
    }

    /** Accounts whose rows the mirror copies too: the backend's ({@code search.Backend#mirror}). */
    public Accounts(RowMirror mirror) {
        this.mirror = mirror;
    }

    /** The account's faces, created empty on first use. */
    public AccountFaces of(UUID account) {
        return byAccount.computeIfAbsent(account, id -> new AccountFaces(mirror));
    }

    public Optional<AccountFaces> find(UUID account) {
        return Optional.ofNullable(byAccount.get(account));
    }

    /** How many accounts hold faces or did. */
    public int count() {
        return byAccount.size();
    }

    /** Rows held over every account: one per face and list, one for a face in no list. */
    public long rowCount() {
        long rows = 0;
        for (AccountFaces faces : byAccount.values()) {
            rows += faces.rowCount();
        }
        return rows;
    }

    /** Drops an account and all its faces (searches already running finish on what they took). */
    public void remove(UUID account) {
        byAccount.remove(account);
    }
}
