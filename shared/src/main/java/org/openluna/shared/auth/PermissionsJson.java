package org.openluna.shared.auth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openluna.shared.api.Check;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.Json;
import org.openluna.shared.api.NumberFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Permissions in the JSON shape of the seed (l.170-246), read with validation and written in the seed's order. */
public final class PermissionsJson {
    private static final Pattern CUSTOM_KEY = Pattern.compile("^[a-z_]{3,16}$");

    private PermissionsJson() {}

    public static Permissions read(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw Check.invalid(path, "must be an object");
        }
        var verbs = new LinkedHashMap<String, Set<Verb>>();
        Set<String> resources = Set.of();
        var emitEvents = AccessList.denied();
        var verify = AccessList.denied();
        for (var entry : node.properties()) {
            String key = entry.getKey();
            String at = path + "." + key;
            switch (key) {
                case "resources" -> resources = readStrings(entry.getValue(), at, Permissions.RESOURCES);
                case "emit_events" -> emitEvents = readAccessList(entry.getValue(), at);
                case "verify" -> verify = readAccessList(entry.getValue(), at);
                default -> verbs.put(key, readVerbs(key, entry.getValue(), at));
            }
        }
        return new Permissions(verbs, resources, emitEvents, verify);
    }

    private static Set<Verb> readVerbs(String key, JsonNode value, String path) {
        Set<Verb> allowed = standard(key)
                .map(PermissionObject::allowedVerbs)
                .orElseGet(() -> {
                    if (!CUSTOM_KEY.matcher(key).matches()) {
                        throw Check.invalid(path, "unknown permission object");
                    }
                    return EnumSet.allOf(Verb.class);
                });
        var wires = readStrings(value, path, allowed.stream().map(Verb::wire).collect(java.util.stream.Collectors.toSet()));
        var verbs = EnumSet.noneOf(Verb.class);
        wires.forEach(w -> verbs.add(Verb.parse(w).orElseThrow()));
        return verbs;
    }

    private static java.util.Optional<PermissionObject> standard(String key) {
        return java.util.Arrays.stream(PermissionObject.values()).filter(o -> o.wire().equals(key)).findFirst();
    }

    private static Set<String> readStrings(JsonNode value, String path, Set<String> allowed) {
        if (!value.isArray()) {
            throw Check.invalid(path, "must be an array");
        }
        var out = new LinkedHashSet<String>();
        for (int i = 0; i < value.size(); i++) {
            var item = value.get(i);
            if (!item.isString() || !allowed.contains(item.asString())) {
                throw Check.invalid(path + "." + i, "must be one of " + new java.util.TreeSet<>(allowed));
            }
            out.add(item.asString());
        }
        return out;
    }

    private static AccessList readAccessList(JsonNode value, String path) {
        if (!value.isObject()) {
            throw Check.invalid(path, "must be an object");
        }
        boolean allowed = false;
        List<UUID> white = null;
        List<UUID> black = null;
        for (var entry : value.properties()) {
            String at = path + "." + entry.getKey();
            switch (entry.getKey()) {
                case "allowed" -> {
                    allowed = NumberFields.integer(entry.getValue(), at, 0, 1) == 1;
                }
                case "white_list" -> white = readIds(entry.getValue(), at);
                case "black_list" -> black = readIds(entry.getValue(), at);
                default -> throw Check.invalid(at, "extra fields not permitted");
            }
        }
        return new AccessList(allowed, white, black);
    }

    private static List<UUID> readIds(JsonNode value, String path) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw Check.invalid(path, "must be an array or null");
        }
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < value.size(); i++) {
            var item = value.get(i);
            String at = path + "." + i;
            ids.add(Ids.parseUuid(item.isString() ? item.asString() : null)
                    .orElseThrow(() -> Check.invalid(at, "must be a uuid")));
        }
        return ids;
    }

    public static ObjectNode write(Permissions permissions) {
        var out = Json.object();
        for (var object : PermissionObject.values()) {
            if (object == PermissionObject.LAMBDAS) {
                writeAccessList(out.putObject("emit_events"), permissions.emitEvents());
            }
            if (object == PermissionObject.VIDEO_STREAM) {
                writeAccessList(out.putObject("verify"), permissions.verify());
            }
            if (object == PermissionObject.TOKEN) {
                strings(out.putArray("token"), permissions.verbsOf("token"));
                strings(out.putArray("resources"), permissions.resources().stream().sorted().toList());
                continue;
            }
            strings(out.putArray(object.wire()), permissions.verbsOf(object.wire()));
        }
        permissions.customObjects().forEach(custom -> strings(out.putArray(custom), permissions.verbsOf(custom)));
        return out;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void writeAccessList(ObjectNode node, AccessList list) {
        node.put("allowed", list.allowed() ? 1 : 0);
        ids(node, "white_list", list.whiteList());
        ids(node, "black_list", list.blackList());
    }

    private static void ids(ObjectNode node, String name, List<UUID> ids) {
        if (ids == null) {
            node.putNull(name);
        } else {
            var array = node.putArray(name);
            ids.forEach(id -> array.add(id.toString()));
        }
    }
}
