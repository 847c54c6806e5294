package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;

/**
 * Every route of the route table, tried over HTTP by every kind of caller, against ADR 0016's model
 * written out here by hand: what each route demands is this class's table, not the route table's
 * {@code Access}, so a wrong rule in the code and a wrong row here disagree. A route without a row
 * fails the build, and so does a row without a route.
 *
 * <p>A request names random ids and carries an empty JSON object, so an allowed call fails on its
 * body or its missing object (4xx) or succeeds; what this test judges is only whether the answer is
 * one of the authorization errors, and which.
 */
@ExtendWith(RunningStack.class)
class AuthorizationMatrixTest {
    private static final String FOREVER = "2999-01-01T00:00:00Z";

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
    private static final Map<String, Rule> MODEL = model();

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

        crud(m, "/6/images", "{image_id}", "image", false);
        crud(m, "/6/objects", "{object_id}", "object", false);
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
        return m;
    }

    private static void crud(Map<String, Rule> m, String base, String id, String object, boolean modification) {
        m.put("POST " + base, Rule.any(object + ":creation"));
        m.put("GET " + base + "/" + id, Rule.any(object + ":view"));
        m.put("HEAD " + base + "/" + id, Rule.any(object + ":view"));
        m.put("DELETE " + base + "/" + id, Rule.any(object + ":deletion"));
    }

    /** The seed's permission objects and their verbs (l.175-247), each of which becomes a token of its own. */
    private static final Map<String, List<String>> SEED_VERBS = Map.ofEntries(
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

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        var routes = RouteTable.routes().stream().map(r -> r.method() + " " + r.template()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(MODEL.keySet())).as("rows of the model vs routes of the table").isEqualTo(routes);
    }

    @Test
    void everyCallerGetsWhatTheModelSaysOnEveryRoute(Api api) throws Exception {
        var owner = api.newAccount("user");
        var ownObjects = ownObjects(owner);
        var callers = callers(api, owner);
        var wrong = new ConcurrentLinkedQueue<String>();
        var tried = new AtomicInteger();
        var foreignTried = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (var entry : MODEL.entrySet()) {
                for (var caller : callers) {
                    pool.submit(() -> {
                        var expected = expect(entry.getValue(), caller);
                        // another account's caller is sent the owner's real objects: it must never reach them
                        boolean foreign = caller.reach() != Reach.OWNER && expected == null && namesAnObject(entry.getKey());
                        var actual = call(api, entry.getKey(), caller, foreign ? ownObjects : Map.of());
                        if (foreign) {
                            foreignTried.incrementAndGet();
                        }
                        tried.incrementAndGet();
                        if (foreign ? !actual.isNotReached(entry.getKey(), caller) : !actual.agreesWith(expected)) {
                            wrong.add(entry.getKey() + " by " + caller.name() + ": expected "
                                    + (foreign ? "the owner's object not reached" : expected == null ? "allowed" : "refused " + expected.code())
                                    + ", got " + actual);
                        }
                    });
                }
            }
        }
        assertThat(tried.get()).isEqualTo(MODEL.size() * callers.size());
        assertUntouched(owner.api(), ownObjects);
        assertThat(wrong).as("%s cells (%s routes x %s callers) disagree with the model", wrong.size(), MODEL.size(), callers.size())
                .isEmpty();
        System.out.printf("authorization matrix: %d routes x %d callers = %d cells, all as the model says;"
                + " %d of them another account's caller sent the owner's real objects%n", MODEL.size(), callers.size(), tried.get(), foreignTried.get());
    }

    /**
     * A deployment that turns the bare header on (the gateway in process, as the Lambda adapter calls
     * it, over this stack's functions): the header then reaches exactly the routes that take any
     * credential, as a user with every permission, and counts for nothing on the others.
     */
    @Test
    void whereTurnedOnTheBareHeaderReachesExactlyTheRoutesThatTakeAnyCredential(Api api, RunningStack.Started started) {
        var owner = api.newAccount("user");
        var gateway = SecurityFindingsTest.headerAloneGateway(started);
        var caller = new Caller("Luna-Account-Id alone, turned on", Kind.BASIC, false, everything(), Map.of());
        var wrong = new ArrayList<String>();
        for (var entry : MODEL.entrySet()) {
            var rule = entry.getValue();
            var expected = rule.proof() == Proof.ANY || rule.proof() == Proof.NONE_NEEDED ? expect(rule, caller)
                    : ErrorCode.AUTHORIZATION_REQUIRED;
            var request = Request.of(entry.getKey());
            var response = SecurityFindingsTest.call(gateway, request.method(), request.path(), Map.of("Luna-Account-Id", List.of(owner.id())),
                    request.hasBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null);
            assertThat(response.status()).as("%s: %s", entry.getKey(), text(response.body())).isLessThan(500);
            Integer code = response.body().length == 0 || response.status() < 400 ? null : Json.tree(response.body()).get("error_code").asInt();
            var actual = new Outcome(response.status(), code);
            if (!actual.agreesWith(expected)) {
                wrong.add(entry.getKey() + ": expected " + (expected == null ? "allowed" : "refused " + expected.code()) + ", got " + actual);
            }
        }
        assertThat(wrong).isEmpty();
    }

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

    /**
     * What came back: the status, and the error code when the body has one (a HEAD answer has none).
     *
     * @param code null without a body to read it from
     */
    record Outcome(int status, Integer code) {
        boolean isRefusal() {
            // an unavailable feature (27002, also a 403) is no refusal of the caller
            return (status == 401 || status == 403) && (code == null || code != ErrorCode.FEATURE_UNAVAILABLE.code());
        }

        /**
         * Another account's caller sent the owner's object: "not found" (404), or a refusal of its body
         * before any lookup (400); a read of a token by a caller that sees every account is the seed's
         * visibility and answers. Never a success that changed anything.
         */
        boolean isNotReached(String route, Caller caller) {
            if (caller.reach() == Reach.OTHER_SEEING_ALL && (route.equals("GET /6/tokens/{token_id}") || route.equals("HEAD /6/tokens/{token_id}"))) {
                return status == 200;
            }
            if (route.startsWith("GET ") || route.startsWith("HEAD ")) {
                return status == 404;
            }
            return status == 404 || status == 400;
        }

        boolean agreesWith(ErrorCode expected) {
            if (expected == null) {
                return !isRefusal();
            }
            return status == expected.status() && (code == null || code == expected.code());
        }

        @Override
        public String toString() {
            return isRefusal() ? "refused " + (code == null ? "with " + status : code) : "allowed (" + status + ")";
        }
    }

    private static Outcome call(Api api, String route, Caller caller, Map<String, String> objects) {
        var request = Request.of(route, objects);
        var client = new Api(api.port());
        for (var header : caller.headers().entrySet()) {
            // logging out with the shared cookie would end it for every other cell (SecurityFindingsTest tries that)
            if (!(route.equals("DELETE /6/login") && header.getKey().equals("Cookie"))) {
                client = client.withHeader(header.getKey(), header.getValue());
            }
        }
        var reply = client.send(request.method(), request.path(), request.hasBody() ? "application/json" : null,
                request.hasBody() ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        assertThat(reply.status()).as("%s by %s: %s", route, caller.name(), text(reply.bytes())).isLessThan(500);
        if (reply.bytes().length == 0 || reply.status() < 400) {
            return new Outcome(reply.status(), null);
        }
        return new Outcome(reply.status(), Json.tree(reply.bytes()).get("error_code").asInt());
    }

    /** A route's request as the matrix sends it: random ids, face samples, an empty JSON object where a body goes. */
    record Request(String method, String path, boolean hasBody) {
        static Request of(String route) {
            return of(route, Map.of());
        }

        /** @param objects real ids by path parameter; the others are random */
        static Request of(String route, Map<String, String> objects) {
            var space = route.indexOf(' ');
            var method = route.substring(0, space);
            var path = route.substring(space + 1).replace("{samples_type}", "faces");
            for (var object : objects.entrySet()) {
                path = path.replace("{" + object.getKey() + "}", object.getValue());
            }
            path = path.replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
            return new Request(method, path, List.of("POST", "PUT", "PATCH").contains(method));
        }
    }

    /** Whether the route names one object by id (the samples' kind is no object). */
    private static boolean namesAnObject(String route) {
        return route.replace("{samples_type}", "").contains("{");
    }

    /** One object of each kind the owner can make cheaply, by path parameter. */
    private static Map<String, String> ownObjects(Api.Account owner) {
        var client = owner.withToken();
        var ids = new LinkedHashMap<String, String>();
        ids.put("image_id", client.post("/6/images", "image/jpeg", TestImages.jpeg()).assertStatus(201).text("image_id"));
        ids.put("object_id", client.post("/6/objects", "text/plain", "mine".getBytes(StandardCharsets.UTF_8)).assertStatus(201).text("object_id"));
        ids.put("sample_id", client.post("/6/samples/faces", "image/jpeg", TestImages.jpeg()).assertStatus(201).text("sample_id"));
        ids.put("attribute_id", client.postJson("/6/attributes", Map.of("basic_attributes", Map.of("age", 30, "gender", 1, "ethnicity", 1)))
                .assertStatus(201).text("attribute_id"));
        ids.put("face_id", client.postJson("/6/faces", Map.of("user_data", "mine")).assertStatus(201).text("face_id"));
        ids.put("list_id", client.postJson("/6/lists", Map.of("user_data", "mine")).assertStatus(201).text("list_id"));
        ids.put("handler_id", client.postJson("/6/handlers", Map.of("policies", Map.of())).assertStatus(201).text("handler_id"));
        ids.put("verifier_id", client.postJson("/6/verifiers", Map.of("policies", Map.of("verification_threshold", 0.9)))
                .assertStatus(201).text("verifier_id"));
        ids.put("token_id", owner.api().postJson("/6/tokens", Map.of("permissions", Map.of(), "expiration_time", FOREVER))
                .assertStatus(201).text("token_id"));
        return ids;
    }

    /** Every object the other accounts were sent is still there, as the owner left it. */
    private static void assertUntouched(Api owner, Map<String, String> ids) {
        owner.get("/6/images/" + ids.get("image_id")).assertStatus(200);
        assertThat(new String(owner.get("/6/objects/" + ids.get("object_id")).assertStatus(200).bytes(), StandardCharsets.UTF_8)).isEqualTo("mine");
        owner.get("/6/samples/faces/" + ids.get("sample_id")).assertStatus(200);
        owner.get("/6/attributes/" + ids.get("attribute_id")).assertStatus(200);
        assertThat(owner.get("/6/faces/" + ids.get("face_id")).assertStatus(200).text("user_data")).isEqualTo("mine");
        assertThat(owner.get("/6/lists/" + ids.get("list_id")).assertStatus(200).text("user_data")).isEqualTo("mine");
        owner.get("/6/handlers/" + ids.get("handler_id")).assertStatus(200);
        assertThat(owner.get("/6/verifiers/" + ids.get("verifier_id")).assertStatus(200).json().get("policies")
                .get("verification_threshold").asDouble()).isEqualTo(0.9);
        owner.get("/6/tokens/" + ids.get("token_id")).assertStatus(200);
    }

    private static List<Caller> callers(Api api, Api.Account owner) throws InterruptedException {
        var other = api.newAccount("user");
        var advanced = api.newAccount("advanced_user");
        var everything = everything();
        var callers = new ArrayList<Caller>();
        callers.add(new Caller("no credentials", Kind.NONE, false, Set.of(), Map.of()));
        callers.add(basic("Basic of the owner", owner, false, everything));
        callers.add(basic("Basic of another user", other, false, everything).reaching(Reach.OTHER));
        callers.add(basic("Basic of an advanced user", advanced, false, everything).reaching(Reach.OTHER_SEEING_ALL));
        callers.add(new Caller("Basic of the admin", Kind.BASIC, true, everything,
                Map.of("Authorization", SecurityFindingsTest.basicHeader(Api.ADMIN_LOGIN, Api.ADMIN_PASSWORD)), Reach.OTHER_SEEING_ALL));
        callers.add(new Caller("login cookie", Kind.COOKIE, false, everything, Map.of("Cookie", SecurityFindingsTest.login(owner.api()))));
        callers.add(new Caller("Luna-Account-Id alone", Kind.BARE_HEADER, false, everything, Map.of("Luna-Account-Id", owner.id())));
        for (var object : SEED_VERBS.entrySet()) {
            for (var verb : object.getValue()) {
                callers.add(token(owner, "token with " + object.getKey() + ":" + verb, Map.of(object.getKey(), List.of(verb)),
                        "account", Set.of(object.getKey() + ":" + verb)));
            }
        }
        // verify and emit_events are off unless granted
        callers.add(token(owner, "token with nothing granted", Map.of(), "all", Set.of()));
        callers.add(token(owner, "token with verify and emit_events only", Map.of("verify", Map.of("allowed", 1),
                "emit_events", Map.of("allowed", 1)), "all", Set.of("verify", "emit_events")));
        var all = allPermissions();
        callers.add(token(owner, "token with everything, visibility account", all, "account", everything));
        callers.add(token(owner, "token with everything, visibility all", all, "all", everything));
        callers.add(token(advanced, "advanced user's token with everything, visibility all", all, "all", everything)
                .reaching(Reach.OTHER_SEEING_ALL));
        callers.add(token(advanced, "advanced user's token with everything, visibility account", all, "account", everything)
                .reaching(Reach.OTHER));

        var deleted = owner.api().postJson("/6/tokens", Map.of("permissions", all, "expiration_time", FOREVER)).assertStatus(201);
        owner.api().delete("/6/tokens/" + deleted.text("token_id")).assertStatus(204);
        callers.add(new Caller("deleted token", Kind.DELETED_TOKEN, false, everything, Map.of("Authorization", "Bearer " + deleted.text("token"))));
        var expiry = Instant.now().plusSeconds(3);
        var expiring = owner.api().postJson("/6/tokens", Map.of("permissions", all, "expiration_time", expiry.toString())).assertStatus(201);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 100);
        callers.add(new Caller("expired token", Kind.EXPIRED_TOKEN, false, everything, Map.of("Authorization", "Bearer " + expiring.text("token"))));
        return callers;
    }

    private static Caller basic(String name, Api.Account account, boolean admin, Set<String> grants) {
        return new Caller(name, Kind.BASIC, admin, grants, Map.of("Authorization", SecurityFindingsTest.basicHeader(account.login(), account.password())));
    }

    private static Caller token(Api.Account account, String name, Map<String, Object> permissions, String visibility, Set<String> grants) {
        var jwt = account.api().postJson("/6/tokens", Map.of("permissions", permissions, "expiration_time", FOREVER, "visibility_area", visibility))
                .assertStatus(201).text("token");
        return new Caller(name, Kind.TOKEN, false, grants, Map.of("Authorization", "Bearer " + jwt));
    }

    private static Set<String> everything() {
        var grants = new TreeSet<String>(List.of("verify", "emit_events"));
        SEED_VERBS.forEach((object, verbs) -> verbs.forEach(verb -> grants.add(object + ":" + verb)));
        return grants;
    }

    private static Map<String, Object> allPermissions() {
        var all = new LinkedHashMap<String, Object>();
        all.putAll(SEED_VERBS);
        all.put("verify", Map.of("allowed", 1));
        all.put("emit_events", Map.of("allowed", 1));
        return all;
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
