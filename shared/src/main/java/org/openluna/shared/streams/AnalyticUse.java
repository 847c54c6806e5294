package org.openluna.shared.streams;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.JsonFields;
import tools.jackson.databind.JsonNode;

/** One analytic a stream runs, with its parameters checked and completed by the catalogue. */
public record AnalyticUse(Analytic analytic, Map<String, Object> parameters) {

    static AnalyticUse read(JsonNode node, String path) {
        JsonFields.object(node, path, Set.of("analytic_name", "parameters"));
        var name = Check.required(JsonFields.string(node, "analytic_name").orElse(null), path + ".analytic_name");
        var analytic = AnalyticsCatalogue.byName(name, path + ".analytic_name");
        var given = node.has("parameters") ? node.get("parameters") : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        return new AnalyticUse(analytic, analytic.read(given, path + ".parameters"));
    }

    /** The handler a face analytic sends to. */
    public UUID handlerId() {
        return (UUID) parameters.get("handler_id");
    }

    public double number(String name) {
        return ((Number) parameters.get(name)).doubleValue();
    }

    public Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("analytic_name", analytic.name());
        var values = new LinkedHashMap<String, Object>();
        parameters.forEach((name, value) -> values.put(name, value instanceof UUID id ? id.toString() : value));
        json.put("parameters", values);
        return json;
    }
}
