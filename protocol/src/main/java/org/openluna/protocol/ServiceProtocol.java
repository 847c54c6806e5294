package org.openluna.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.msgpack.jackson.dataformat.MessagePackMapper;

/**
 * How our services and their clients write messages: msgpack on the wire, JSON when a person asks for
 * it with {@code Content-Type}/{@code Accept: application/json}. Unknown fields are ignored so that a
 * newer peer may add fields without breaking an older one; a removed or renamed field needs a new
 * protocol version in the path.
 */
public final class ServiceProtocol {
    public static final String MSGPACK = "application/msgpack";
    public static final String JSON = "application/json";

    private static final ObjectMapper MSGPACK_MAPPER = configure(new MessagePackMapper());
    private static final ObjectMapper JSON_MAPPER = configure(new JsonMapper());

    private ServiceProtocol() {}

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** The mapper for a content type: JSON for {@code application/json}, msgpack for anything else. */
    public static ObjectMapper mapperFor(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith(JSON) ? JSON_MAPPER : MSGPACK_MAPPER;
    }

    public static byte[] write(Object message, String contentType) {
        try {
            return mapperFor(contentType).writeValueAsBytes(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(byte[] body, String contentType, Class<T> type) {
        try {
            return mapperFor(contentType).readValue(body, type);
        } catch (IOException e) {
            throw new ProtocolException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
