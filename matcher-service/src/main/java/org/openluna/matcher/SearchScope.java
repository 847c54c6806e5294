package org.openluna.matcher;

import java.util.Objects;
import java.util.UUID;

/** Which of an account's faces a search considers. */
public sealed interface SearchScope {
    /** Every face of the account, listed or not. */
    record EveryFace() implements SearchScope {}

    /** The faces attached to one list. */
    record InList(UUID listId) implements SearchScope {
        public InList {
            Objects.requireNonNull(listId, "list id");
        }
    }

    static SearchScope everyFace() { return new EveryFace(); }

    static SearchScope list(UUID listId) { return new InList(listId); }
}
