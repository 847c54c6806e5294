package org.openluna.shared.attributes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Ids;
import tools.jackson.databind.JsonNode;

/** A JSON array of sample ids, as attributes and the extractor take them: UUID4 strings, each once. */
public final class SampleIds {
    private SampleIds() {}

    /** @param path where the array is in the body, for the error; empty for the body itself */
    public static List<UUID> read(JsonNode list, String path) {
        if (!list.isArray()) {
            throw Check.invalid(path, "must be an array of sample ids");
        }
        var ids = new ArrayList<UUID>(list.size());
        var seen = new HashSet<UUID>();
        for (int i = 0; i < list.size(); i++) {
            var item = list.get(i);
            var itemPath = path.isEmpty() ? Integer.toString(i) : path + "." + i;
            var id = item.isString() ? Ids.parseUuid(item.asString()).orElse(null) : null;
            if (id == null) {
                throw Check.invalid(itemPath, "must be a UUID4 in lower case");
            }
            if (!seen.add(id)) {
                throw Check.invalid(itemPath, "sample ids must be unique");
            }
            ids.add(id);
        }
        return ids;
    }
}
