package org.openluna.shared.streams;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * One analytic of the catalogue (seed l.15700-15732): what a stream may run on its frames. Its id is
 * derived from its name, so every deployment and restart shows the same one.
 */
public record Analytic(String name, String description, int version, List<AnalyticParameter> parameters, Instant createTime,
                       String docsResource) {

    public UUID id() {
        return UUID.nameUUIDFromBytes(("openluna analytic " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The parameters a stream gives, checked, with the defaults of those it leaves out. */
    public Map<String, Object> read(JsonNode given, String path) {
        JsonFields.object(given, path, parameters.stream().map(AnalyticParameter::name).collect(Collectors.toSet()));
        var values = new LinkedHashMap<String, Object>();
        for (var parameter : parameters) {
            var value = given.get(parameter.name());
            if (value == null) {
                if (parameter.isRequired()) {
                    throw Check.invalid(path + "." + parameter.name(), "field required");
                }
                values.put(parameter.name(), parameter.fallback());
            } else {
                values.put(parameter.name(), parameter.read(value, path + "." + parameter.name()));
            }
        }
        return values;
    }

    public Map<String, Object> defaultParameters() {
        var defaults = new LinkedHashMap<String, Object>();
        parameters.stream().filter(p -> !p.isRequired()).forEach(p -> defaults.put(p.name(), p.fallback()));
        return defaults;
    }

    /** A JSON Schema of the parameters, as {@code validation_schema} shows it. */
    public Map<String, Object> validationSchema() {
        var properties = new LinkedHashMap<String, Object>();
        parameters.forEach(p -> properties.put(p.name(), p.schema()));
        var schema = new HashMap<String, Object>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", parameters.stream().filter(AnalyticParameter::isRequired).map(AnalyticParameter::name).toList());
        schema.put("additionalProperties", false);
        return schema;
    }
}
