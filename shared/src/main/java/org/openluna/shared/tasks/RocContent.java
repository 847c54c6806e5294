package org.openluna.shared.tasks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * A roc task's content (seed l.9702-9710): the markup, faces of the caller's account each with a
 * label (a number or a string), {@code threshold_hit_top} and {@code limit} for the top-N
 * probability, and the {@code key_FPRs} at which the true positive rate is asked.
 *
 * @param namedAccount the account {@code filters.account_id} names, if any: another one's chooses nothing
 */
public record RocContent(List<UUID> faceIds, List<String> labels, UUID namedAccount, double hitThreshold, int limit, List<Double> keyFprs) {
    private static final Set<String> FIELDS = Set.of("markup", "filters", "threshold_hit_top", "limit", "key_FPRs");
    /** Each part compares its faces with the whole markup: 10,000 faces make 50 million pairs. */
    public static final int MAX_MARKUP = 10_000;
    private static final int MAX_LIMIT = 1000;
    private static final int DEFAULT_LIMIT = 5;
    private static final List<Double> DEFAULT_KEY_FPRS = List.of(0.0001, 0.001, 0.01);

    public static RocContent read(JsonNode content) {
        JsonFields.object(content, "content", FIELDS);
        var markup = Check.required(content.get("markup"), "content.markup");
        if (!markup.isArray() || markup.size() < 2 || markup.size() > MAX_MARKUP) {
            throw Check.invalid("content.markup", "must be an array of 2 to " + MAX_MARKUP + " faces");
        }
        var ids = new ArrayList<UUID>();
        var labels = new ArrayList<String>();
        var seen = new HashSet<UUID>();
        for (int i = 0; i < markup.size(); i++) {
            var path = "content.markup." + i;
            var item = JsonFields.object(markup.get(i), path, Set.of("face_id", "label"));
            var faceId = Check.required(item.get("face_id"), path + ".face_id");
            var id = Ids.parseUuid(faceId.isString() ? faceId.asString() : null)
                    .orElseThrow(() -> Check.invalid(path + ".face_id", "must be a UUID4 in lower case"));
            if (!seen.add(id)) {
                throw Check.invalid(path + ".face_id", "is in the markup twice");
            }
            var label = Check.required(item.get("label"), path + ".label");
            if (!label.isIntegralNumber() && !label.isString()) {
                throw Check.invalid(path + ".label", "must be an integer or a string");
            }
            ids.add(id);
            labels.add(label.asString());
        }
        UUID account = null;
        var filters = content.get("filters");
        if (filters != null) {
            JsonFields.object(filters, "content.filters", Set.of("account_id"));
            account = JsonFields.id(filters, "account_id", "content.filters");
        }
        return new RocContent(ids, labels, account, hitThreshold(content), limit(content), keyFprs(content));
    }

    private static double hitThreshold(JsonNode content) {
        var value = content.get("threshold_hit_top");
        if (value == null) {
            return 0;
        }
        if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
            throw Check.invalid("content.threshold_hit_top", "must be a number from 0 to 1");
        }
        return value.asDouble();
    }

    private static int limit(JsonNode content) {
        var value = content.get("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.isInt() || value.asInt() < 1 || value.asInt() > MAX_LIMIT) {
            throw Check.invalid("content.limit", "must be an integer from 1 to " + MAX_LIMIT);
        }
        return value.asInt();
    }

    private static List<Double> keyFprs(JsonNode content) {
        var value = content.get("key_FPRs");
        if (value == null) {
            return DEFAULT_KEY_FPRS;
        }
        if (!value.isArray() || value.isEmpty() || value.size() > 100) {
            throw Check.invalid("content.key_FPRs", "must be an array of 1 to 100 rates");
        }
        var rates = new ArrayList<Double>();
        for (var rate : value) {
            if (!rate.isNumber() || rate.asDouble() <= 0 || rate.asDouble() > 1) {
                throw Check.invalid("content.key_FPRs", "each rate must be a number above 0 and at most 1");
            }
            rates.add(rate.asDouble());
        }
        return rates;
    }
}
