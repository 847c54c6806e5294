package org.openluna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openluna.localstack.AuthorizationModel.MODEL;
import static org.openluna.localstack.AuthorizationModel.SEED_VERBS;
import static org.openluna.localstack.AuthorizationModel.allPermissions;
import static org.openluna.localstack.AuthorizationModel.everything;
import static org.openluna.localstack.AuthorizationModel.expect;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
import org.openluna.localstack.AuthorizationModel.Caller;
import org.openluna.localstack.AuthorizationModel.Kind;
import org.openluna.localstack.AuthorizationModel.Proof;
import org.openluna.localstack.AuthorizationModel.Reach;
import org.openluna.functions.gateway.RouteTable;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.Json;

/**
 * Every route of the route table, tried over HTTP by every kind of caller, against ADR 0016's model
 * written out by hand in {@link AuthorizationModel}, not read from the route table's {@code Access}.
 * A route without a row fails the build, and so does a row without a route.
 *
 * <p>A request names random ids and carries an empty JSON object, so an allowed call fails on its
 * body or its missing object (4xx) or succeeds; what this test judges is only whether the answer is
 * one of the authorization errors, and which.
 */
@ExtendWith(RunningStack.class)
class AuthorizationMatrixTest {
    private static final String FOREVER = "2999-01-01T00:00:00Z";

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
        var gateway = InProcessGateway.headerAlone(started);
        var caller = new Caller("Luna-Account-Id alone, turned on", Kind.BASIC, false, everything(), Map.of());
        var wrong = new ArrayList<String>();
        for (var entry : MODEL.entrySet()) {
            var rule = entry.getValue();
            var expected = rule.proof() == Proof.ANY || rule.proof() == Proof.NONE_NEEDED ? expect(rule, caller)
                    : ErrorCode.AUTHORIZATION_REQUIRED;
            var request = Request.of(entry.getKey());
            var response = InProcessGateway.call(gateway, request.method(), request.path(), Map.of("Luna-Account-Id", List.of(owner.id())),
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

    /**
     * Whether the route names one object of an account by id: the samples' kind is no object, and an
     * analytic is the platform's catalogue, the same for every account.
     */
    private static boolean namesAnObject(String route) {
        return route.replace("{samples_type}", "").replace("{analytic_id}", "").contains("{");
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
        ids.put("group_id", client.postJson("/6/groups", Map.of("group_name", "mine")).assertStatus(201).text("group_id"));
        ids.put("stream_id", client.postJson("/6/streams", Map.of("data", Map.of("type", "videofile", "reference", "http://127.0.0.1:9/none.mp4"),
                "analytics", List.of(Map.of("analytic_name", "face_events", "parameters", Map.of("handler_id", ids.get("handler_id"))))))
                .assertStatus(201).text("stream_id"));
        client.patchJson("/6/streams/" + ids.get("stream_id") + "?action=stop", Map.of()).assertStatus(204);
        ids.put("analytic_id", org.openluna.shared.streams.AnalyticsCatalogue.FACE_EVENTS.id().toString());
        ids.put("task_id", owner.api().postJson("/6/tasks/gc", Map.of("content", Map.of("target", "faces",
                "filters", Map.of("face_ids", List.of(UUID.randomUUID().toString()))))).assertStatus(201).json().get("task_id").asString());
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
        owner.get("/6/tasks/" + ids.get("task_id")).assertStatus(200);
        assertThat(owner.get("/6/streams/" + ids.get("stream_id")).assertStatus(200).json().get("version").asLong()).isEqualTo(1);
        assertThat(owner.get("/6/groups/" + ids.get("group_id")).assertStatus(200).text("group_name")).isEqualTo("mine");
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
                Map.of("Authorization", Api.basicHeader(Api.ADMIN_LOGIN, Api.ADMIN_PASSWORD)), Reach.OTHER_SEEING_ALL));
        callers.add(new Caller("login cookie", Kind.COOKIE, false, everything, Map.of("Cookie", owner.api().loginCookie())));
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
        callers.add(new Caller("expired token", Kind.EXPIRED_TOKEN, false, everything,
                Map.of("Authorization", "Bearer " + owner.expiredToken(all))));
        return callers;
    }

    private static Caller basic(String name, Api.Account account, boolean admin, Set<String> grants) {
        return new Caller(name, Kind.BASIC, admin, grants, Map.of("Authorization", Api.basicHeader(account.login(), account.password())));
    }

    private static Caller token(Api.Account account, String name, Map<String, Object> permissions, String visibility, Set<String> grants) {
        var jwt = account.api().postJson("/6/tokens", Map.of("permissions", permissions, "expiration_time", FOREVER, "visibility_area", visibility))
                .assertStatus(201).text("token");
        return new Caller(name, Kind.TOKEN, false, grants, Map.of("Authorization", "Bearer " + jwt));
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
