package org.openluna.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openluna.shared.api.ErrorCode;

/**
 * ADR 0016 written out by hand for {@link AuthorizationMatrixTest}: what every route demands, the
 * kinds of caller, and what each caller gets. It reads nothing of the route table's {@code Access},
 * so a wrong rule in the code and a wrong row here disagree.
 */
final class AuthorizationModel {
    private AuthorizationModel() {}

    /** Which proofs of identity a route takes (ADR 0016). */
    enum Proof { NONE_NEEDED, ANY, SECRET, OWNER, PASSWORD }

    /**
     * @param proof what the route takes
     * @param needs the token permissions it needs, all of them ("face:view", "resources:iso", "verify",
     *              "emit_events"); empty when any account may call it
     * @param admin whether only an admin may
     */
    record Rule(Proof proof, Set<String> needs, boolean admin) {
        static Rule open() { return new Rule(Proof.NONE_NEEDED, Set.of(), false); }

        static Rule any(String... needs) { return new Rule(Proof.ANY, Set.of(needs), false); }

        static Rule secret(String... needs) { return new Rule(Proof.SECRET, Set.of(needs), false); }

        static Rule owner() { return new Rule(Proof.OWNER, Set.of(), false); }

        static Rule ownerAdmin() { return new Rule(Proof.OWNER, Set.of(), true); }

        static Rule password() { return new Rule(Proof.PASSWORD, Set.of(), false); }

        static Rule anyAdmin() { return new Rule(Proof.ANY, Set.of(), true); }
    }

    /** The model: every route, what it demands. */
    static final Map<String, Rule> MODEL = model();

    private static Map<String, Rule> model() {
        var m = new LinkedHashMap<String, Rule>();
        for (var open : List.of("GET /version", "GET /6/version", "GET /healthcheck", "GET /6/healthcheck", "GET /metrics",
                "GET /6/docs/spec", "GET /6/docs/dev", "GET /6/docs/dev/index.html", "POST /6/auth", "DELETE /6/login")) {
            m.put(open, Rule.open());
        }
        m.put("GET /6/config", Rule.anyAdmin());
        m.put("GET /6/features", Rule.any());
        m.put("GET /6/plugins", Rule.any());

        m.put("GET /6/accounts", Rule.ownerAdmin());
        m.put("POST /6/accounts", Rule.ownerAdmin());
        m.put("GET /6/account", Rule.secret("account:view"));
        m.put("PATCH /6/account", Rule.owner());
        m.put("POST /6/login", Rule.password());

        m.put("POST /6/tokens", Rule.owner());
        m.put("GET /6/tokens", Rule.secret("token:view"));
        m.put("GET /6/tokens/{token_id}", Rule.secret("token:view"));
        m.put("PUT /6/tokens/{token_id}", Rule.owner());
        m.put("DELETE /6/tokens/{token_id}", Rule.owner());

        crud(m, "/6/images", "{image_id}", "image");
        crud(m, "/6/objects", "{object_id}", "object");
        m.put("POST /6/sdk", Rule.any("resources:sdk"));
        m.put("POST /6/iso", Rule.any("resources:iso"));
        m.put("POST /6/liveness", Rule.any("resources:liveness"));
        m.put("POST /6/detector", Rule.any("face_sample:creation"));
        // {samples_type} is "faces" in every request here
        m.put("POST /6/samples/{samples_type}", Rule.any("face_sample:creation"));
        m.put("GET /6/samples/{samples_type}/{sample_id}", Rule.any("face_sample:view"));
        m.put("HEAD /6/samples/{samples_type}/{sample_id}", Rule.any("face_sample:view"));
        m.put("DELETE /6/samples/{samples_type}/{sample_id}", Rule.any("face_sample:deletion"));
        // the previous version's routes look only in the kinds of sample the token may reach: none is "not found"
        m.put("GET /6/samples/{sample_id}", Rule.any());
        m.put("HEAD /6/samples/{sample_id}", Rule.any());
        m.put("DELETE /6/samples/{sample_id}", Rule.any());

        m.put("POST /6/extractor", Rule.any("attribute:creation", "face_sample:view"));
        m.put("POST /6/attributes", Rule.any("attribute:creation"));
        m.put("GET /6/attributes", Rule.any("attribute:view"));
        m.put("GET /6/attributes/{attribute_id}", Rule.any("attribute:view"));
        m.put("HEAD /6/attributes/{attribute_id}", Rule.any("attribute:view"));
        m.put("DELETE /6/attributes/{attribute_id}", Rule.any("attribute:deletion"));
        m.put("GET /6/attributes/{attribute_id}/samples", Rule.any("attribute:view"));

        m.put("POST /6/faces", Rule.any("face:creation"));
        m.put("GET /6/faces", Rule.any("face:view"));
        m.put("DELETE /6/faces", Rule.any("face:deletion"));
        m.put("GET /6/faces/count", Rule.any("face:view"));
        m.put("GET /6/faces/attributes/count", Rule.any("face:view"));
        m.put("GET /6/faces/{face_id}", Rule.any("face:view"));
        m.put("HEAD /6/faces/{face_id}", Rule.any("face:view"));
        m.put("PATCH /6/faces/{face_id}", Rule.any("face:modification"));
        m.put("DELETE /6/faces/{face_id}", Rule.any("face:deletion"));
        m.put("PUT /6/faces/{face_id}/attributes", Rule.any("face:modification"));
        m.put("GET /6/faces/{face_id}/attributes", Rule.any("face:view"));
        m.put("DELETE /6/faces/{face_id}/attributes", Rule.any("face:modification"));
        m.put("GET /6/faces/{face_id}/attributes/samples", Rule.any("face:view"));

        m.put("POST /6/lists", Rule.any("list:creation"));
        m.put("GET /6/lists", Rule.any("list:view"));
        m.put("DELETE /6/lists", Rule.any("list:deletion"));
        m.put("GET /6/lists/count", Rule.any("list:view"));
        m.put("GET /6/lists/{list_id}", Rule.any("list:view"));
        m.put("HEAD /6/lists/{list_id}", Rule.any("list:view"));
        m.put("PATCH /6/lists/{list_id}", Rule.any("list:modification"));
        m.put("DELETE /6/lists/{list_id}", Rule.any("list:deletion"));
        m.put("PATCH /6/lists/{list_id}/faces", Rule.any("list:modification"));

        // what matching needs depends on what the body names (MatcherRefusalsTest); an empty body names nothing
        m.put("POST /6/matcher/faces", Rule.any());
        m.put("POST /6/matcher/bodies", Rule.any());
        m.put("POST /6/matcher/raw", Rule.any());

        m.put("POST /6/handlers", Rule.any("handler:creation"));
        m.put("GET /6/handlers", Rule.any("handler:view"));
        m.put("GET /6/handlers/count", Rule.any("handler:view"));
        m.put("POST /6/handlers/validator", Rule.any("handler:view"));
        m.put("GET /6/handlers/{handler_id}", Rule.any("handler:view"));
        m.put("HEAD /6/handlers/{handler_id}", Rule.any("handler:view"));
        m.put("PUT /6/handlers/{handler_id}", Rule.any("handler:modification"));
        m.put("DELETE /6/handlers/{handler_id}", Rule.any("handler:deletion"));
        m.put("POST /6/handlers/{handler_id}/events", Rule.any("event:creation", "emit_events"));
        m.put("POST /6/handlers/{handler_id}/events/raw", Rule.any("event:creation", "emit_events"));
        m.put("POST /6/handlers/{handler_id}/stream_events", Rule.any("event:creation", "emit_events"));
        m.put("GET /6/events", Rule.any("event:view"));
        m.put("POST /6/events/stats", Rule.any("event:view"));
        m.put("GET /6/events/{event_id}", Rule.any("event:view"));
        m.put("HEAD /6/events/{event_id}", Rule.any("event:view"));
        m.put("GET /6/ws", Rule.any("event:view"));

        m.put("POST /6/verifiers", Rule.any("verifier:creation"));
        m.put("GET /6/verifiers", Rule.any("verifier:view"));
        m.put("GET /6/verifiers/count", Rule.any("verifier:view"));
        m.put("GET /6/verifiers/{verifier_id}", Rule.any("verifier:view"));
        m.put("HEAD /6/verifiers/{verifier_id}", Rule.any("verifier:view"));
        m.put("PUT /6/verifiers/{verifier_id}", Rule.any("verifier:modification"));
        m.put("DELETE /6/verifiers/{verifier_id}", Rule.any("verifier:deletion"));
        m.put("POST /6/verifiers/{verifier_id}/verifications", Rule.any("verify"));
        m.put("POST /6/verifiers/{verifier_id}/raw", Rule.any("verify"));

        // what a task's content asks beyond these (a gc of faces, face:deletion; ...) is TasksTest's
        m.put("POST /6/tasks/gc", Rule.any("task:creation"));
        m.put("POST /6/tasks/linker", Rule.any("task:creation", "list:modification"));
        m.put("POST /6/tasks/exporter", Rule.any("task:creation", "face:view"));
        m.put("POST /6/tasks/reporter", Rule.any("task:creation", "face:view"));
        m.put("POST /6/tasks/cross_match", Rule.any("task:creation", "face:matching"));
        m.put("POST /6/tasks/clustering", Rule.any("task:creation", "face:matching"));
        m.put("POST /6/tasks/roc", Rule.any("task:creation", "face:matching"));
        m.put("POST /6/tasks/estimator", Rule.any("task:creation"));
        m.put("POST /6/tasks/lambda", Rule.any("task:creation"));
        for (var view : List.of("/6/tasks", "/6/tasks/count", "/6/tasks/errors", "/6/tasks/errors/count", "/6/tasks/errors/{error_id}",
                "/6/tasks/{task_id}", "/6/tasks/{task_id}/result", "/6/tasks/{task_id}/subtasks", "/6/tasks/{task_id}/notification_policy",
                "/6/tasks/{task_id}/errors")) {
            m.put("GET " + view, Rule.any("task:view"));
        }
        m.put("PATCH /6/tasks/{task_id}", Rule.any("task:modification"));
        m.put("PUT /6/tasks/{task_id}/notification_policy", Rule.any("task:modification"));
        m.put("DELETE /6/tasks/{task_id}", Rule.any("task:deletion"));
        // a schedule asks, beyond these, what its task's own route asks (SchedulesTest)
        m.put("POST /6/tasks/schedules", Rule.any("task:creation"));
        m.put("GET /6/tasks/schedules", Rule.any("task:view"));
        m.put("GET /6/tasks/schedules/{schedule_id}", Rule.any("task:view"));
        m.put("PUT /6/tasks/schedules/{schedule_id}", Rule.any("task:modification"));
        m.put("PATCH /6/tasks/schedules/{schedule_id}", Rule.any("task:modification"));
        m.put("DELETE /6/tasks/schedules/{schedule_id}", Rule.any("task:deletion"));
        // a stream's analytics also ask for event:creation and emit_events on their handler (VideoStreamsTest)
        m.put("POST /6/streams", Rule.any("video_stream:creation"));
        m.put("POST /6/videosdk", Rule.any("resources:sdk"));
        for (var view : List.of("/6/streams", "/6/streams/count", "/6/streams/logs", "/6/streams/{stream_id}")) {
            m.put("GET " + view, Rule.any("video_stream:view"));
        }
        m.put("HEAD /6/streams/{stream_id}", Rule.any("video_stream:view"));
        m.put("GET /6/streams/{stream_id}/ws", Rule.any("video_stream:view"));
        m.put("PUT /6/streams/{stream_id}", Rule.any("video_stream:modification"));
        m.put("PATCH /6/streams/{stream_id}", Rule.any("video_stream:modification"));
        for (var deletion : List.of("/6/streams", "/6/streams/logs", "/6/streams/{stream_id}")) {
            m.put("DELETE " + deletion, Rule.any("video_stream:deletion"));
        }
        m.put("PATCH /6/linker", Rule.any("video_group:modification", "video_stream:modification"));
        m.put("POST /6/groups", Rule.any("video_group:creation"));
        for (var view : List.of("/6/groups", "/6/groups/count", "/6/groups/{group_id}")) {
            m.put("GET " + view, Rule.any("video_group:view"));
        }
        m.put("PATCH /6/groups/{group_id}", Rule.any("video_group:modification"));
        m.put("DELETE /6/groups/{group_id}", Rule.any("video_group:deletion"));
        for (var view : List.of("/6/analytics", "/6/analytics/{analytic_id}", "/6/analytics/{analytic_id}/docs")) {
            m.put("GET " + view, Rule.any("video_analytic:view"));
        }
        return m;
    }

    private static void crud(Map<String, Rule> m, String base, String id, String object) {
        m.put("POST " + base, Rule.any(object + ":creation"));
        m.put("GET " + base + "/" + id, Rule.any(object + ":view"));
        m.put("HEAD " + base + "/" + id, Rule.any(object + ":view"));
        m.put("DELETE " + base + "/" + id, Rule.any(object + ":deletion"));
    }

    /** The seed's permission objects and their verbs (l.175-247), each of which becomes a token of its own. */
    static final Map<String, List<String>> SEED_VERBS = Map.ofEntries(
            Map.entry("account", List.of("view")),
            Map.entry("face", List.of("creation", "view", "modification", "deletion", "matching")),
            Map.entry("list", List.of("creation", "view", "modification", "deletion")),
            Map.entry("event", List.of("creation", "view", "matching")),
            Map.entry("attribute", List.of("creation", "view", "modification", "deletion", "matching")),
            Map.entry("handler", List.of("creation", "view", "modification", "deletion")),
            Map.entry("verifier", List.of("creation", "view", "modification", "deletion")),
            Map.entry("task", List.of("creation", "view", "modification", "deletion")),
            Map.entry("face_sample", List.of("creation", "view", "deletion")),
            Map.entry("body_sample", List.of("creation", "view", "deletion")),
            Map.entry("image", List.of("creation", "view", "deletion")),
            Map.entry("object", List.of("creation", "view", "deletion")),
            Map.entry("token", List.of("creation", "view", "modification", "deletion")),
            Map.entry("video_stream", List.of("creation", "view", "modification", "deletion")),
            Map.entry("video_group", List.of("creation", "view", "modification", "deletion")),
            Map.entry("video_analytic", List.of("view")),
            Map.entry("resources", List.of("iso", "sdk", "liveness")));

    /** How a caller proved itself, and, for a token, what it carries. */
    enum Kind { NONE, BASIC, COOKIE, TOKEN, EXPIRED_TOKEN, DELETED_TOKEN, BARE_HEADER }

    /**
     * @param grants a token's grants ("face:view", "resources:iso", "verify", "emit_events"); for the
     *               account's own proofs, everything
     */
    record Caller(String name, Kind kind, boolean admin, Set<String> grants, Map<String, String> headers, Reach reach) {
        Caller(String name, Kind kind, boolean admin, Set<String> grants, Map<String, String> headers) {
            this(name, kind, admin, grants, headers, Reach.OWNER);
        }

        Caller reaching(Reach other) {
            return new Caller(name, kind, admin, grants, headers, other);
        }
    }

    /** Whose account a caller acts in: the owner's, or another's; and whether its reads span every account. */
    enum Reach { OWNER, OTHER, OTHER_SEEING_ALL }

    /** What the model says a caller gets: null when allowed, else the error that refuses it. */
    static ErrorCode expect(Rule rule, Caller caller) {
        if (rule.proof() == Proof.NONE_NEEDED) {
            return null;
        }
        switch (caller.kind()) {
            case NONE, BARE_HEADER -> { return ErrorCode.AUTHORIZATION_REQUIRED; }
            case EXPIRED_TOKEN -> { return ErrorCode.TOKEN_EXPIRED; }
            case DELETED_TOKEN -> { return ErrorCode.TOKEN_CORRUPTED; }
            case TOKEN -> {
                if (rule.proof() == Proof.OWNER || rule.proof() == Proof.PASSWORD) {
                    return ErrorCode.OWN_CREDENTIALS_REQUIRED;
                }
            }
            case COOKIE -> {
                if (rule.proof() == Proof.PASSWORD) {
                    return ErrorCode.OWN_CREDENTIALS_REQUIRED;
                }
            }
            case BASIC -> { }
        }
        if (!caller.grants().containsAll(rule.needs())) {
            return ErrorCode.PERMISSION_DENIED;
        }
        if (rule.admin() && !caller.admin()) {
            return ErrorCode.ADMIN_REQUIRED;
        }
        return null;
    }

    /** Every grant a token can carry: what the account's own proofs carry. */
    static Set<String> everything() {
        var grants = new TreeSet<String>(List.of("verify", "emit_events"));
        SEED_VERBS.forEach((object, verbs) -> verbs.forEach(verb -> grants.add(object + ":" + verb)));
        return grants;
    }

    /** A token body granting everything. */
    static Map<String, Object> allPermissions() {
        var all = new LinkedHashMap<String, Object>();
        all.putAll(SEED_VERBS);
        all.put("verify", Map.of("allowed", 1));
        all.put("emit_events", Map.of("allowed", 1));
        return all;
    }
}
