package org.openluna.shared.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePackException;
import org.msgpack.jackson.dataformat.MessagePackMapper;

/**
 * Answers in msgpack for a client whose {@code Accept} asks for it, where the seed offers it
 * ({@code /6/sdk}, {@code /6/iso}: "application/json", "application/msgpack", l.517, l.1225). The
 * body is written as JSON first, so names, inclusion and number forms are exactly the JSON answer's,
 * then carried over value for value; msgpack's only Jackson module is a Jackson 2 one (ADR 0006).
 */
public final class MsgpackBodies {
    public static final String MSGPACK = "application/msgpack";

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();
    private static final ObjectMapper MSGPACK_MAPPER = new MessagePackMapper();

    private MsgpackBodies() {}

    /** JSON, or msgpack when the first type {@code Accept} names is msgpack. */
    public static ApiResponse jsonOrMsgpack(int status, Object value, Optional<String> accept) {
        var json = ApiResponse.json(status, value);
        if (accept.map(MsgpackBodies::firstType).filter(MSGPACK::equals).isEmpty()) {
            return json;
        }
        try {
            return ApiResponse.bytes(status, MSGPACK, MSGPACK_MAPPER.writeValueAsBytes(JSON_MAPPER.readTree(json.body())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A msgpack request body as the JSON tree the same body would give in JSON, where the seed takes
     * both ({@code POST /6/faces}, l.2026): binary values (a descriptor's bytes) read as base64 text,
     * the form JSON gives them.
     */
    public static tools.jackson.databind.JsonNode tree(byte[] body) {
        if (body.length == 0) {
            throw new LunaException(ErrorCode.EMPTY_BODY);
        }
        try {
            requireOneWholeValue(body);
            return Json.tree(JSON_MAPPER.writeValueAsBytes(MSGPACK_MAPPER.readTree(body)));
        } catch (IOException | MessagePackException e) {
            // the reader throws its own unchecked exception for bytes msgpack never uses
            throw new LunaException(ErrorCode.BAD_MSGPACK, e, e.getMessage());
        }
    }

    /**
     * A body is one value, as a JSON body is: the Jackson reader stops at the end of the first value,
     * and takes a container cut short for a smaller one, so the bytes are walked through first.
     */
    private static void requireOneWholeValue(byte[] body) throws IOException {
        try (var unpacker = MessagePack.newDefaultUnpacker(body)) {
            unpacker.skipValue();
            if (unpacker.hasNext()) {
                throw new LunaException(ErrorCode.BAD_MSGPACK, "bytes after the body's value");
            }
        }
    }

    private static String firstType(String accept) {
        int comma = accept.indexOf(',');
        return ApiRequest.mediaType(comma < 0 ? accept : accept.substring(0, comma)).toLowerCase(Locale.ROOT);
    }
}
