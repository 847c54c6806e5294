package org.openluna.shared.verifiers;

import org.openluna.shared.api.QueryParams;

/**
 * The filters of {@code GET /6/verifiers} and {@code GET /6/verifiers/count} (seed l.11131-11134,
 * l.13067-13068): "descriptions similar to this parameter", read as handlers read it, a part of the
 * description, case-sensitive.
 *
 * @param description null for any
 */
public record VerifierFilter(String description) {

    public static VerifierFilter from(QueryParams query) {
        return new VerifierFilter(query.string("description").orElse(null));
    }

    public boolean matches(Verifier verifier) {
        return description == null || verifier.description().contains(description);
    }
}
