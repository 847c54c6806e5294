package org.openluna.shared.matching;

import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.JsonFields;
import org.openluna.shared.api.NumberFields;
import org.openluna.shared.descriptors.Descriptor;
import org.openluna.shared.descriptors.RawDescriptor;
import org.openluna.shared.descriptors.SdkDescriptor;
import org.openluna.shared.descriptors.XpkFile;
import tools.jackson.databind.JsonNode;

/**
 * A descriptor given inline with an id of the client's choosing: the entities of
 * {@code POST /6/matcher/raw} (seed l.2916-2917: {@code xpk_file}, {@code sdk_descriptor},
 * {@code raw_descriptor}) and the descriptor references of {@code POST /6/matcher/faces}. {@code data}
 * is base64 in JSON and bytes in msgpack (a msgpack body reaches us as the JSON tree, bytes as base64);
 * a raw descriptor names its {@code version}. The forms are read by {@code shared/descriptors}, the
 * same code the attributes and faces use, so a foreign version or an XPK file is refused the same way.
 */
public record DescriptorEntity(String id, String type, Descriptor descriptor) {
    static final String SDK = "sdk_descriptor";
    static final String RAW = "raw_descriptor";
    static final String XPK = "xpk_file";
    /** The seed's "descriptor" reference of {@code /6/matcher/faces}: an SDK descriptor. */
    static final String DESCRIPTOR = "descriptor";
    static final Set<String> RAW_TYPES = Set.of(SDK, RAW, XPK);

    public DescriptorEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(descriptor, "descriptor");
    }

    /** An entity of one of {@code types}; {@code path} names it in errors ({@code references.0}). */
    static DescriptorEntity read(JsonNode entity, String path, Set<String> types) {
        var type = JsonFields.string(entity, "type").orElseThrow(() -> Check.invalid(path + ".type", "field required"));
        if (!types.contains(type)) {
            throw Check.invalid(path + ".type", "must be one of " + types.stream().sorted().toList());
        }
        JsonFields.object(entity, path, type.equals(RAW) ? Set.of("id", "type", "data", "version") : Set.of("id", "type", "data"));
        var id = string(entity, "id", path);
        if (id.isEmpty()) {
            throw Check.invalid(path + ".id", "must not be empty");
        }
        var data = string(entity, "data", path);
        var descriptor = switch (type) {
            case RAW -> RawDescriptor.parseBase64(data, version(entity, path));
            case XPK -> XpkFile.parse(bytes(data, path));
            default -> SdkDescriptor.parseBase64(data);
        };
        return new DescriptorEntity(id, type, descriptor);
    }

    private static String string(JsonNode entity, String field, String path) {
        var value = entity.get(field);
        if (value == null) {
            throw Check.invalid(path + "." + field, "field required");
        }
        if (!value.isString()) {
            throw Check.invalid(path + "." + field, "must be a string");
        }
        return value.asString();
    }

    private static long version(JsonNode entity, String path) {
        var value = entity.get("version");
        if (value == null) {
            throw Check.invalid(path + ".version", "field required");
        }
        return NumberFields.integer(value, path + ".version", 0L, Long.MAX_VALUE);
    }

    private static byte[] bytes(String base64, String path) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw Check.invalid(path + ".data", "must be base64");
        }
    }
}
