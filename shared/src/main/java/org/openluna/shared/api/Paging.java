package org.openluna.shared.api;

import java.util.List;

/** A page of a listing: {@code page} from 1, {@code page_size} 1..1000 (default 10), as the seed gives them. */
public record Paging(int page, int pageSize) {
    public static final int MAX_PAGE_SIZE = 1000;
    public static final int DEFAULT_PAGE_SIZE = 10;

    public Paging {
        if (page < 1) {
            throw QueryParams.bad("page");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw QueryParams.bad("page_size");
        }
    }

    public static Paging from(QueryParams query) {
        return new Paging(query.integer("page", 1, 1, Integer.MAX_VALUE),
                query.integer("page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    public <T> List<T> slice(List<T> all) {
        if (offset() >= all.size()) {
            return List.of();
        }
        int from = (int) offset();
        return all.subList(from, Math.min(all.size(), from + pageSize));
    }
}
