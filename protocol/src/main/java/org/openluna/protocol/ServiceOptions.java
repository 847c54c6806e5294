package org.openluna.protocol;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A long-running service's {@code --name=value} command line. An option the service does not know,
 * or a value it cannot read, stops the start with a message naming the options rather than being
 * ignored: a misspelt {@code --batchng=off} must not quietly run with batching on.
 */
public final class ServiceOptions {
    private final Map<String, String> values;

    private ServiceOptions(Map<String, String> values) {
        this.values = values;
    }

    public static ServiceOptions parse(Set<String> known, String... args) {
        var values = new HashMap<String, String>();
        for (var arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option " + arg + "; the options are --"
                        + String.join("=, --", known.stream().sorted().toList()) + "=");
            }
            values.put(name, arg.substring(equals + 1));
        }
        return new ServiceOptions(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    public int number(String name, int otherwise) {
        var value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, got " + value, e);
        }
    }

    public boolean onOff(String name, boolean otherwise) {
        var value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--" + name + " takes on or off, got " + value);
        };
    }
}
