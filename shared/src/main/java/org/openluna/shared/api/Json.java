package org.openluna.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform's one JSON mapper: snake_case names, unknown fields refused (the seed answers 12022
 * "extra fields not permitted"), and mapping failures turned into catalogue errors.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.ALWAYS))
            .build();

    private Json() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static String writeString(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static JsonNode tree(byte[] body) {
        if (body.length == 0) {
            throw new LunaException(ErrorCode.EMPTY_BODY);
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new LunaException(ErrorCode.BAD_JSON, e, e.getOriginalMessage());
        }
    }

    /** Reads a request body; a record's compact constructor may throw a {@link LunaException}, which passes through. */
    public static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new LunaException(ErrorCode.EMPTY_BODY);
        }
        T value;
        try {
            value = MAPPER.readValue(body, type);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof LunaException luna) {
                throw luna;
            }
            throw new LunaException(ErrorCode.JSON_VALIDATION_FAILED, e, path(e), e.getOriginalMessage());
        } catch (UnrecognizedPropertyException e) {
            throw new LunaException(ErrorCode.JSON_VALIDATION_FAILED, e, e.getPropertyName(), "extra fields not permitted");
        } catch (InvalidFormatException e) {
            throw new LunaException(ErrorCode.JSON_VALIDATION_FAILED, e, path(e), "value is not valid");
        } catch (MismatchedInputException e) {
            throw new LunaException(ErrorCode.JSON_VALIDATION_FAILED, e, path(e), "value has a wrong type");
        } catch (StreamReadException e) {
            throw new LunaException(ErrorCode.BAD_JSON, e, e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new LunaException(ErrorCode.JSON_VALIDATION_FAILED, e, path(e), e.getOriginalMessage());
        }
        // the JSON text "null" binds to no object at all
        if (value == null) {
            throw new LunaException(ErrorCode.JSON_VALIDATION_FAILED, "", "must be an object");
        }
        return value;
    }

    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()));
        }
        return path.toString();
    }
}
