package org.openluna.shared.auth;

import static org.openluna.shared.auth.Verb.CREATION;
import static org.openluna.shared.auth.Verb.DELETION;
import static org.openluna.shared.auth.Verb.MATCHING;
import static org.openluna.shared.auth.Verb.MODIFICATION;
import static org.openluna.shared.auth.Verb.VIEW;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of object a token's permissions name, each with the verbs the seed allows for it. */
public enum PermissionObject {
    ACCOUNT("account", EnumSet.of(VIEW)),
    FACE("face", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION, MATCHING)),
    LIST("list", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION)),
    EVENT("event", EnumSet.of(CREATION, VIEW, MATCHING)),
    ATTRIBUTE("attribute", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION, MATCHING)),
    HANDLER("handler", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION)),
    VERIFIER("verifier", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION)),
    TASK("task", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION)),
    FACE_SAMPLE("face_sample", EnumSet.of(CREATION, VIEW, DELETION)),
    BODY_SAMPLE("body_sample", EnumSet.of(CREATION, VIEW, DELETION)),
    IMAGE("image", EnumSet.of(CREATION, VIEW, DELETION)),
    OBJECT("object", EnumSet.of(CREATION, VIEW, DELETION)),
    TOKEN("token", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION)),
    LAMBDAS("lambdas", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION)),
    VIDEO_STREAM("video_stream", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION)),
    VIDEO_GROUP("video_group", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION)),
    VIDEO_ANALYTIC("video_analytic", EnumSet.of(CREATION, VIEW, MODIFICATION, DELETION));

    private final String wire;
    private final Set<Verb> allowedVerbs;

    PermissionObject(String wire, Set<Verb> allowedVerbs) {
        this.wire = wire;
        this.allowedVerbs = allowedVerbs;
    }

    public String wire() { return wire; }

    public Set<Verb> allowedVerbs() { return EnumSet.copyOf(allowedVerbs); }
}
