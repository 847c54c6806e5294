package org.openluna.matcher;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
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

    /** These faces of the account, wherever it holds them; a face it does not hold is no candidate. */
    record GivenFaces(Set<UUID> faceIds) implements SearchScope {
        public GivenFaces {
            faceIds = Set.copyOf(faceIds);
        }
    }

    static SearchScope everyFace() { return new EveryFace(); }

    static SearchScope list(UUID listId) { return new InList(listId); }

    static SearchScope faces(Collection<UUID> faceIds) { return new GivenFaces(Set.copyOf(faceIds)); }
}
