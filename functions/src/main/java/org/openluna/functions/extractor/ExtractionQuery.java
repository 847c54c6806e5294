package org.openluna.functions.extractor;

import java.util.EnumSet;
import java.util.Set;
import org.openluna.protocol.inference.Capabilities;
import org.openluna.protocol.inference.Estimation;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.QueryParams;
import org.openluna.shared.attributes.AttributeTtl;

/**
 * The query of {@code POST /6/extractor} (seed l.1808-1815). What cannot be had is refused before any
 * work, with the unavailable-feature error: basic attributes when the inference service estimates no
 * age or gender, and a {@code score_threshold} above 0, since no model here rates a descriptor's
 * quality (ADR 0007), so filtering on that score would filter on a made-up number.
 */
record ExtractionQuery(boolean descriptor, boolean basicAttributes, boolean aggregate, AttributeTtl ttl) {
    private static final Set<Estimation> BASIC = EnumSet.of(Estimation.AGE, Estimation.GENDER);

    static ExtractionQuery parse(QueryParams query, Capabilities capabilities) {
        double scoreThreshold = query.number("score_threshold", 0, 0, 1);
        boolean descriptor = query.flag("extract_descriptor", true);
        boolean basic = query.flag("extract_basic_attributes", false);
        boolean aggregate = query.flag("aggregate_attributes", false);
        var ttl = AttributeTtl.from(query);
        if (!descriptor && !basic) {
            // an attribute with neither part cannot exist
            throw new LunaException(ErrorCode.BAD_QUERY_PARAMETER, "extract_descriptor, extract_basic_attributes");
        }
        if (basic && !capabilities.estimations().containsAll(BASIC)) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "extract_basic_attributes");
        }
        if (scoreThreshold > 0) {
            throw new LunaException(ErrorCode.FEATURE_UNAVAILABLE, "score_threshold");
        }
        return new ExtractionQuery(descriptor, basic, aggregate, ttl);
    }

    Set<Estimation> estimations() {
        return basicAttributes ? BASIC : Set.of();
    }
}
