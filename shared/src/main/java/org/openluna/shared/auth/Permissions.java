package org.openluna.shared.auth;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A token's permissions: verbs per kind of object (the seed's kinds plus custom ones), the stateless
 * {@code resources}, and the {@code emit_events} / {@code verify} access lists.
 */
public record Permissions(
        Map<String, Set<Verb>> verbs,
        Set<String> resources,
        AccessList emitEvents,
        AccessList verify) {

    public static final Set<String> RESOURCES = Set.of("iso", "sdk", "liveness");

    public Permissions {
        var copy = new LinkedHashMap<String, Set<Verb>>();
        // an empty list grants nothing, so it is kept as absence: equal permissions compare equal
        verbs.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(k, Set.copyOf(EnumSet.copyOf(v)));
            }
        });
        verbs = Map.copyOf(copy);
        resources = Set.copyOf(resources);
    }

    public static Permissions none() {
        return new Permissions(Map.of(), Set.of(), AccessList.denied(), AccessList.denied());
    }

    /** Everything the seed names: what {@code grant_all_permissions=1} gives, and what login/password gives. */
    public static Permissions all() {
        var verbs = new LinkedHashMap<String, Set<Verb>>();
        Arrays.stream(PermissionObject.values()).forEach(o -> verbs.put(o.wire(), o.allowedVerbs()));
        return new Permissions(verbs, RESOURCES, AccessList.allowedForAll(), AccessList.allowedForAll());
    }

    public boolean permits(PermissionObject object, Verb verb) {
        return verbs.getOrDefault(object.wire(), Set.of()).contains(verb);
    }

    public boolean permitsResource(String resource) {
        return resources.contains(resource);
    }

    /** The verbs of one kind, sorted as the seed lists them. */
    public List<String> verbsOf(String object) {
        var sorted = new TreeSet<Verb>(verbs.getOrDefault(object, Set.of()));
        return sorted.stream().map(Verb::wire).toList();
    }

    /** The custom kinds, those not among the seed's. */
    public List<String> customObjects() {
        var standard = Arrays.stream(PermissionObject.values()).map(PermissionObject::wire).toList();
        return verbs.keySet().stream().filter(k -> !standard.contains(k)).sorted().toList();
    }

    /** True when every permission here is also in {@code other}: a token never hands out more than its maker has. */
    public boolean isWithin(Permissions other) {
        boolean verbsWithin = verbs.entrySet().stream()
                .allMatch(e -> other.verbs.getOrDefault(e.getKey(), Set.of()).containsAll(e.getValue()));
        return verbsWithin && other.resources.containsAll(resources)
                && (!emitEvents.allowed() || other.emitEvents.allowed())
                && (!verify.allowed() || other.verify.allowed());
    }
}
