package org.openluna.shared.attributes;

import java.util.List;
import java.util.UUID;
import org.openluna.shared.api.IdList;
import tools.jackson.databind.JsonNode;

/** A JSON array of sample ids, as attributes and the extractor take them: UUID4 strings, each once. */
public final class SampleIds {
    private SampleIds() {}

    /** @param path where the array is in the body, for the error; empty for the body itself */
    public static List<UUID> read(JsonNode list, String path) {
        return IdList.read(list, path, "sample");
    }
}
