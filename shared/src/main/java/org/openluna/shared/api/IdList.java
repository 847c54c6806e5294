package org.openluna.shared.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A JSON array of ids in a request body: UUID4 strings in lower case, each once. */
public final class IdList {
    private IdList() {}

    /**
     * @param path where the array is in the body, for the error; empty for the body itself
     * @param noun what the ids name, for the error ({@code sample}, {@code face})
     */
    public static List<UUID> read(JsonNode list, String path, String noun) {
        if (!list.isArray()) {
            throw Check.invalid(path, "must be an array of " + noun + " ids");
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
                throw Check.invalid(itemPath, noun + " ids must be unique");
            }
            ids.add(id);
        }
        return ids;
    }

    /** As {@link #read}, with at least one id. */
    public static List<UUID> readNonEmpty(JsonNode list, String path, String noun) {
        var ids = read(list, path, noun);
        if (ids.isEmpty()) {
            throw Check.invalid(path, "must hold at least one " + noun + " id");
        }
        return ids;
    }

    /** As {@link #read}, with at least one id and at most {@code max}. */
    public static List<UUID> read(JsonNode list, String path, String noun, int max) {
        var ids = read(list, path, noun);
        if (ids.isEmpty() || ids.size() > max) {
            throw Check.invalid(path, "must hold 1 to " + max + " " + noun + " ids");
        }
        return ids;
    }
}
