package org.openluna.functions.gateway;

import java.util.Locale;

/**
 * The resource groups the API is cut into: each is one AWS Lambda function (ADR 0017), and each route
 * of the table belongs to exactly one. A group is what is deployed, started and scaled together, so
 * it is cut where the heavy dependencies are: the detection pipeline, the matcher, the event store.
 */
public enum FunctionGroup {
    SERVICE, ACCOUNTS, TOKENS, IMAGES, OBJECTS, SAMPLES, SDK, DETECTOR, ISO, LIVENESS, EXTRACTOR, ATTRIBUTES, FACES,
    LISTS, MATCHER, HANDLERS, HANDLER_EVENTS, EVENTS, VERIFIERS, WS, TASKS, STREAMS;

    /** The name a deployment gives the group's function ({@code luna-faces}) and {@code luna.function-groups} takes. */
    public String functionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FunctionGroup ofFunctionName(String name) {
        for (var group : values()) {
            if (group.functionName().equals(name)) {
                return group;
            }
        }
        throw new IllegalArgumentException("no function group is named " + name);
    }
}
