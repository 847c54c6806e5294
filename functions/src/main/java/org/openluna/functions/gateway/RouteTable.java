package org.openluna.functions.gateway;

import static org.openluna.functions.gateway.Access.authenticated;
import static org.openluna.functions.gateway.Access.open;
import static org.openluna.functions.gateway.Access.optional;
import static org.openluna.functions.gateway.Access.permission;
import static org.openluna.functions.gateway.Access.resource;
import static org.openluna.functions.gateway.FunctionGroup.ACCOUNTS;
import static org.openluna.functions.gateway.FunctionGroup.ATTRIBUTES;
import static org.openluna.functions.gateway.FunctionGroup.DETECTOR;
import static org.openluna.functions.gateway.FunctionGroup.EVENTS;
import static org.openluna.functions.gateway.FunctionGroup.EXTRACTOR;
import static org.openluna.functions.gateway.FunctionGroup.FACES;
import static org.openluna.functions.gateway.FunctionGroup.HANDLERS;
import static org.openluna.functions.gateway.FunctionGroup.HANDLER_EVENTS;
import static org.openluna.functions.gateway.FunctionGroup.IMAGES;
import static org.openluna.functions.gateway.FunctionGroup.ISO;
import static org.openluna.functions.gateway.FunctionGroup.LISTS;
import static org.openluna.functions.gateway.FunctionGroup.LIVENESS;
import static org.openluna.functions.gateway.FunctionGroup.MATCHER;
import static org.openluna.functions.gateway.FunctionGroup.OBJECTS;
import static org.openluna.functions.gateway.FunctionGroup.SAMPLES;
import static org.openluna.functions.gateway.FunctionGroup.SDK;
import static org.openluna.functions.gateway.FunctionGroup.SERVICE;
import static org.openluna.functions.gateway.FunctionGroup.STREAMS;
import static org.openluna.functions.gateway.FunctionGroup.TASKS;
import static org.openluna.functions.gateway.FunctionGroup.TOKENS;
import static org.openluna.functions.gateway.FunctionGroup.VERIFIERS;
import static org.openluna.functions.gateway.FunctionGroup.WS;
import static org.openluna.shared.auth.PermissionObject.ACCOUNT;
import static org.openluna.shared.auth.PermissionObject.ATTRIBUTE;
import static org.openluna.shared.auth.PermissionObject.EVENT;
import static org.openluna.shared.auth.PermissionObject.FACE;
import static org.openluna.shared.auth.PermissionObject.FACE_SAMPLE;
import static org.openluna.shared.auth.PermissionObject.HANDLER;
import static org.openluna.shared.auth.PermissionObject.IMAGE;
import static org.openluna.shared.auth.PermissionObject.LIST;
import static org.openluna.shared.auth.PermissionObject.OBJECT;
import static org.openluna.shared.auth.PermissionObject.TASK;
import static org.openluna.shared.auth.PermissionObject.TOKEN;
import static org.openluna.shared.auth.PermissionObject.VERIFIER;
import static org.openluna.shared.auth.PermissionObject.VIDEO_ANALYTIC;
import static org.openluna.shared.auth.PermissionObject.VIDEO_GROUP;
import static org.openluna.shared.auth.PermissionObject.VIDEO_STREAM;
import static org.openluna.shared.auth.Verb.CREATION;
import static org.openluna.shared.auth.Verb.DELETION;
import static org.openluna.shared.auth.Verb.MODIFICATION;
import static org.openluna.shared.auth.Verb.VIEW;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every route of the platform. The local gateway, the Lambda adapter, the OpenAPI document and the
 * Terraform routes all come from this one list.
 */
public final class RouteTable {
    private static final List<Route> ROUTES = List.of(
            new Route(SERVICE, "GET", "/version", "getVersion", open(), "Get versions of services"),
            new Route(SERVICE, "GET", "/6/version", "getVersion", open(), "Get versions of services"),
            new Route(SERVICE, "GET", "/healthcheck", "getHealth", open(), "Get health of service (redirect)"),
            new Route(SERVICE, "GET", "/6/healthcheck", "getHealth", open(), "Get health of service"),
            new Route(SERVICE, "GET", "/metrics", "getMetrics", open(), "Prometheus metrics of the gateway"),
            new Route(SERVICE, "GET", "/6/docs/spec", "getSpec", open(), "Get service OpenApi documentation"),
            new Route(SERVICE, "GET", "/6/docs/dev", "getDevDocs", open(), "Get sphinx documentation - Development Manual (redirect)"),
            new Route(SERVICE, "GET", "/6/docs/dev/index.html", "getDevManual", open(), "The development manual"),
            new Route(SERVICE, "GET", "/6/config", "getConfig", authenticated(), "Get service configuration"),
            new Route(SERVICE, "GET", "/6/features", "getFeatures", authenticated(), "Get information about platform features"),
            new Route(SERVICE, "GET", "/6/plugins", "getPlugins", authenticated(), "Get list of service plugins"),

            new Route(ACCOUNTS, "GET", "/6/accounts", "getAccounts", authenticated().ownerOnly(), "Get accounts"),
            new Route(ACCOUNTS, "POST", "/6/accounts", "createAccount", optional().ignoringAccountHeader().ownerOnly(), "Create an account"),
            new Route(ACCOUNTS, "GET", "/6/account", "getAccount", permission(ACCOUNT, VIEW).secretOnly(), "Get account"),
            new Route(ACCOUNTS, "PATCH", "/6/account", "patchAccount", authenticated().ownerOnly(), "Patch account"),
            new Route(ACCOUNTS, "POST", "/6/auth", "verifyCredentials", open(), "Verify account or login with password or token"),
            new Route(ACCOUNTS, "POST", "/6/login", "setLoginCookie", authenticated().passwordOnly().ignoringAccountHeader(), "Set login cookie"),
            // the cookie it ends is all it reads: a session already ended still logs out
            new Route(ACCOUNTS, "DELETE", "/6/login", "clearLoginCookie", open(), "Clear login cookie"),

            new Route(TOKENS, "POST", "/6/tokens", "createToken", permission(TOKEN, CREATION).ownerOnly(), "Create a token"),
            new Route(TOKENS, "GET", "/6/tokens", "getTokens", permission(TOKEN, VIEW).secretOnly(), "Get tokens"),
            new Route(TOKENS, "GET", "/6/tokens/{token_id}", "getToken", permission(TOKEN, VIEW).secretOnly(), "Get token by ID"),
            new Route(TOKENS, "PUT", "/6/tokens/{token_id}", "replaceToken", permission(TOKEN, MODIFICATION).ownerOnly(), "Update token"),
            new Route(TOKENS, "DELETE", "/6/tokens/{token_id}", "deleteToken", permission(TOKEN, DELETION).ownerOnly(), "Delete token by ID"),

            new Route(IMAGES, "POST", "/6/images", "createImage", permission(IMAGE, CREATION), "Save images with unique ID"),
            new Route(IMAGES, "GET", "/6/images/{image_id}", "getImage", permission(IMAGE, VIEW), "Receive an origin image"),
            new Route(IMAGES, "HEAD", "/6/images/{image_id}", "headImage", permission(IMAGE, VIEW), "Check if image exists"),
            new Route(IMAGES, "DELETE", "/6/images/{image_id}", "deleteImage", permission(IMAGE, DELETION), "Delete an image"),

            new Route(SDK, "POST", "/6/sdk", "estimateWithSdk", resource("sdk"), "Detect faces and estimate their attributes; nothing is stored"),
            new Route(DETECTOR, "POST", "/6/detector", "detectFaces", permission(FACE_SAMPLE, CREATION), "Detect faces, save face samples, estimate face properties"),
            new Route(ISO, "POST", "/6/iso", "checkIso", resource("iso"), "Check images by ISO/IEC 19794-5 standard"),
            new Route(LIVENESS, "POST", "/6/liveness", "predictLiveness", resource("liveness"), "Predict liveness probability in input images"),
            new Route(SAMPLES, "POST", "/6/samples/{samples_type}", "createSample", authenticated(), "Save face or body sample"),
            new Route(SAMPLES, "GET", "/6/samples/{samples_type}/{sample_id}", "getSample", authenticated(), "Get face or body sample by ID"),
            new Route(SAMPLES, "HEAD", "/6/samples/{samples_type}/{sample_id}", "headSample", authenticated(), "Check if face or body sample exists"),
            new Route(SAMPLES, "DELETE", "/6/samples/{samples_type}/{sample_id}", "deleteSample", authenticated(), "Remove face or body sample by ID"),
            new Route(SAMPLES, "GET", "/6/samples/{sample_id}", "getSampleV5", authenticated(), "Get sample by ID using previous API version"),
            new Route(SAMPLES, "HEAD", "/6/samples/{sample_id}", "headSampleV5", authenticated(), "Check if sample exists using previous API version"),
            new Route(SAMPLES, "DELETE", "/6/samples/{sample_id}", "deleteSampleV5", authenticated(), "Remove sample by ID using previous API version"),

            new Route(EXTRACTOR, "POST", "/6/extractor", "extractAttributes", permission(ATTRIBUTE, CREATION), "Extract attributes from samples"),
            new Route(ATTRIBUTES, "POST", "/6/attributes", "createAttribute", permission(ATTRIBUTE, CREATION), "Create temporary attribute"),
            new Route(ATTRIBUTES, "GET", "/6/attributes", "getAttributes", permission(ATTRIBUTE, VIEW), "Get temporary attributes by IDs"),
            new Route(ATTRIBUTES, "GET", "/6/attributes/{attribute_id}", "getAttribute", permission(ATTRIBUTE, VIEW), "Get temporary attribute"),
            new Route(ATTRIBUTES, "HEAD", "/6/attributes/{attribute_id}", "headAttribute", permission(ATTRIBUTE, VIEW), "Check if temporary attribute exists"),
            new Route(ATTRIBUTES, "DELETE", "/6/attributes/{attribute_id}", "deleteAttribute", permission(ATTRIBUTE, DELETION), "Delete temporary attribute"),
            new Route(ATTRIBUTES, "GET", "/6/attributes/{attribute_id}/samples", "getAttributeSamples", permission(ATTRIBUTE, VIEW), "Get temporary attribute samples"),

            new Route(FACES, "POST", "/6/faces", "createFace", permission(FACE, CREATION), "Create face"),
            new Route(FACES, "GET", "/6/faces", "getFaces", permission(FACE, VIEW), "Get faces"),
            new Route(FACES, "DELETE", "/6/faces", "deleteFaces", permission(FACE, DELETION), "Delete several faces by IDs"),
            new Route(FACES, "GET", "/6/faces/count", "countFaces", permission(FACE, VIEW), "Get face count"),
            new Route(FACES, "GET", "/6/faces/attributes/count", "countFaceAttributes", permission(FACE, VIEW), "Get count of faces with attributes"),
            new Route(FACES, "GET", "/6/faces/{face_id}", "getFace", permission(FACE, VIEW), "Get face"),
            new Route(FACES, "HEAD", "/6/faces/{face_id}", "headFace", permission(FACE, VIEW), "Check if face exists"),
            new Route(FACES, "PATCH", "/6/faces/{face_id}", "patchFace", permission(FACE, MODIFICATION), "Update face"),
            new Route(FACES, "DELETE", "/6/faces/{face_id}", "deleteFace", permission(FACE, DELETION), "Remove face"),
            new Route(FACES, "PUT", "/6/faces/{face_id}/attributes", "putFaceAttribute", permission(FACE, MODIFICATION), "Put face attribute"),
            new Route(FACES, "GET", "/6/faces/{face_id}/attributes", "getFaceAttribute", permission(FACE, VIEW), "Get face attribute"),
            new Route(FACES, "DELETE", "/6/faces/{face_id}/attributes", "deleteFaceAttribute", permission(FACE, MODIFICATION), "Remove face attribute"),
            new Route(FACES, "GET", "/6/faces/{face_id}/attributes/samples", "getFaceAttributeSamples", permission(FACE, VIEW), "Get face attribute samples"),

            new Route(LISTS, "POST", "/6/lists", "createList", permission(LIST, CREATION), "Create list"),
            new Route(LISTS, "GET", "/6/lists", "getLists", permission(LIST, VIEW), "Get lists"),
            new Route(LISTS, "DELETE", "/6/lists", "deleteLists", permission(LIST, DELETION), "Delete several lists"),
            new Route(LISTS, "GET", "/6/lists/count", "countLists", permission(LIST, VIEW), "Get list count"),
            new Route(LISTS, "GET", "/6/lists/{list_id}", "getList", permission(LIST, VIEW), "Get list"),
            new Route(LISTS, "HEAD", "/6/lists/{list_id}", "headList", permission(LIST, VIEW), "Check if list exists"),
            new Route(LISTS, "PATCH", "/6/lists/{list_id}", "patchList", permission(LIST, MODIFICATION), "Update list user data"),
            new Route(LISTS, "DELETE", "/6/lists/{list_id}", "deleteList", permission(LIST, DELETION), "Delete list"),
            new Route(LISTS, "PATCH", "/6/lists/{list_id}/faces", "changeListFaces", permission(LIST, MODIFICATION), "Attach or detach faces to the list"),

            new Route(MATCHER, "POST", "/6/matcher/faces", "matchFaces", authenticated(), "Match face references against faces and attributes"),
            new Route(MATCHER, "POST", "/6/matcher/bodies", "matchBodies", authenticated(), "Match body references against events"),
            new Route(MATCHER, "POST", "/6/matcher/raw", "matchRaw", authenticated(), "Similarity between descriptors given inline"),

            new Route(HANDLERS, "POST", "/6/handlers", "createHandler", permission(HANDLER, CREATION), "Create handler"),
            new Route(HANDLERS, "GET", "/6/handlers", "getHandlers", permission(HANDLER, VIEW), "Get handlers"),
            new Route(HANDLERS, "GET", "/6/handlers/count", "countHandlers", permission(HANDLER, VIEW), "Get handler count"),
            // it stores nothing, so viewing is enough (ADR 0011)
            new Route(HANDLERS, "POST", "/6/handlers/validator", "validateHandlerPolicies", permission(HANDLER, VIEW), "Validate handler policies"),
            new Route(HANDLERS, "GET", "/6/handlers/{handler_id}", "getHandler", permission(HANDLER, VIEW), "Get handler"),
            new Route(HANDLERS, "HEAD", "/6/handlers/{handler_id}", "headHandler", permission(HANDLER, VIEW), "Check if handler exists"),
            new Route(HANDLERS, "PUT", "/6/handlers/{handler_id}", "replaceHandler", permission(HANDLER, MODIFICATION), "Replace handler"),
            new Route(HANDLERS, "DELETE", "/6/handlers/{handler_id}", "deleteHandler", permission(HANDLER, DELETION), "Remove handler"),
            new Route(HANDLER_EVENTS, "POST", "/6/handlers/{handler_id}/events", "generateEvents", permission(EVENT, CREATION),
                    "Generate events: run the handler's policies on images or a descriptor"),
            new Route(HANDLER_EVENTS, "POST", "/6/handlers/{handler_id}/events/raw", "saveRawEvent", permission(EVENT, CREATION),
                    "Save an event generated by the user, through a dynamic handler"),
            new Route(HANDLER_EVENTS, "POST", "/6/handlers/{handler_id}/stream_events", "generateStreamEvents", permission(EVENT, CREATION),
                    "Generate stream events (experimental; answers 27002 here)"),
            new Route(EVENTS, "GET", "/6/events", "getEvents", permission(EVENT, VIEW), "Get events"),
            new Route(EVENTS, "POST", "/6/events/stats", "getEventStats", permission(EVENT, VIEW), "Get event statistics"),
            new Route(EVENTS, "GET", "/6/events/{event_id}", "getEvent", permission(EVENT, VIEW), "Get event"),
            new Route(EVENTS, "HEAD", "/6/events/{event_id}", "headEvent", permission(EVENT, VIEW), "Check if event exists"),

            new Route(VERIFIERS, "POST", "/6/verifiers", "createVerifier", permission(VERIFIER, CREATION), "Create verifier"),
            new Route(VERIFIERS, "GET", "/6/verifiers", "getVerifiers", permission(VERIFIER, VIEW), "Get verifiers"),
            new Route(VERIFIERS, "GET", "/6/verifiers/count", "countVerifiers", permission(VERIFIER, VIEW), "Count verifiers"),
            new Route(VERIFIERS, "GET", "/6/verifiers/{verifier_id}", "getVerifier", permission(VERIFIER, VIEW), "Get verifier"),
            new Route(VERIFIERS, "HEAD", "/6/verifiers/{verifier_id}", "headVerifier", permission(VERIFIER, VIEW), "Check if verifier exists"),
            new Route(VERIFIERS, "PUT", "/6/verifiers/{verifier_id}", "replaceVerifier", permission(VERIFIER, MODIFICATION), "Replace verifier"),
            new Route(VERIFIERS, "DELETE", "/6/verifiers/{verifier_id}", "deleteVerifier", permission(VERIFIER, DELETION), "Remove verifier"),
            // the token's verify permission names verifiers by id, so the function checks it (ADR 0014)
            new Route(VERIFIERS, "POST", "/6/verifiers/{verifier_id}/verifications", "verifyFaces", authenticated(),
                    "Verify the faces of images or a descriptor against faces and attributes (verify permission)"),
            new Route(VERIFIERS, "POST", "/6/verifiers/{verifier_id}/raw", "verifyRaw", authenticated(),
                    "Raw verification of descriptors given inline (verify permission)"),

            new Route(WS, "GET", "/6/ws", "subscribeEvents", permission(EVENT, VIEW),
                    "Subscribe to handler events over a websocket (HTTP GET upgrade); filters as the Sender's"),

            new Route(TASKS, "POST", "/6/tasks/gc", "createGcTask", permission(TASK, CREATION), "Create garbage-collection task"),
            // it changes a list, so the function asks for list:modification as well
            new Route(TASKS, "POST", "/6/tasks/linker", "createLinkerTask", permission(TASK, CREATION), "Create linker task"),
            // these three match faces, so their functions ask for face:matching as well
            new Route(TASKS, "POST", "/6/tasks/clustering", "createClusteringTask", permission(TASK, CREATION), "Create clustering task (faces)"),
            new Route(TASKS, "POST", "/6/tasks/cross_match", "createCrossMatchTask", permission(TASK, CREATION),
                    "Create cross-matching task (faces with faces)"),
            new Route(TASKS, "POST", "/6/tasks/roc", "createRocTask", permission(TASK, CREATION),
                    "Create ROC-curve task (a labelled markup of faces)"),
            new Route(TASKS, "POST", "/6/tasks/estimator", "createEstimatorTask", permission(TASK, CREATION),
                    "Create estimator task (answers 27002 here)"),
            new Route(TASKS, "POST", "/6/tasks/lambda", "createLambdaTask", permission(TASK, CREATION),
                    "Create lambda task (answers 27002 until lambdas exist)"),
            // these two read faces, so their functions ask for face:view as well
            new Route(TASKS, "POST", "/6/tasks/reporter", "createReporterTask", permission(TASK, CREATION),
                    "Create reporter task (CSV report of a clustering)"),
            new Route(TASKS, "POST", "/6/tasks/exporter", "createExporterTask", permission(TASK, CREATION), "Create exporter task (CSV of faces)"),
            new Route(TASKS, "GET", "/6/tasks", "getTasks", permission(TASK, VIEW), "Get tasks"),
            new Route(TASKS, "GET", "/6/tasks/count", "countTasks", permission(TASK, VIEW), "Count tasks"),
            new Route(TASKS, "GET", "/6/tasks/errors", "getTaskErrors", permission(TASK, VIEW), "Get task errors"),
            new Route(TASKS, "GET", "/6/tasks/errors/count", "countTaskErrors", permission(TASK, VIEW), "Count task errors"),
            new Route(TASKS, "GET", "/6/tasks/errors/{error_id}", "getTaskError", permission(TASK, VIEW), "Get task error"),
            // a schedule's function asks, beyond these, what its task's own creation route asks
            new Route(TASKS, "POST", "/6/tasks/schedules", "createSchedule", permission(TASK, CREATION), "Create task schedule"),
            new Route(TASKS, "GET", "/6/tasks/schedules", "getSchedules", permission(TASK, VIEW), "Get task schedules"),
            new Route(TASKS, "GET", "/6/tasks/schedules/{schedule_id}", "getSchedule", permission(TASK, VIEW), "Get task schedule"),
            new Route(TASKS, "PUT", "/6/tasks/schedules/{schedule_id}", "replaceSchedule", permission(TASK, MODIFICATION),
                    "Replace task schedule (its running task cancelled)"),
            new Route(TASKS, "PATCH", "/6/tasks/schedules/{schedule_id}", "patchSchedule", permission(TASK, MODIFICATION),
                    "Pause or start task schedule"),
            new Route(TASKS, "DELETE", "/6/tasks/schedules/{schedule_id}", "deleteSchedule", permission(TASK, DELETION), "Delete task schedule"),
            new Route(TASKS, "GET", "/6/tasks/{task_id}", "getTask", permission(TASK, VIEW), "Get task"),
            new Route(TASKS, "PATCH", "/6/tasks/{task_id}", "cancelTask", permission(TASK, MODIFICATION), "Cancel task"),
            new Route(TASKS, "DELETE", "/6/tasks/{task_id}", "deleteTask", permission(TASK, DELETION), "Delete task and its results"),
            new Route(TASKS, "GET", "/6/tasks/{task_id}/result", "getTaskResult", permission(TASK, VIEW), "Get task result"),
            new Route(TASKS, "GET", "/6/tasks/{task_id}/subtasks", "getSubtasks", permission(TASK, VIEW), "Get subtasks"),
            new Route(TASKS, "GET", "/6/tasks/{task_id}/notification_policy", "getTaskNotificationPolicy", permission(TASK, VIEW),
                    "Get task notification policy"),
            new Route(TASKS, "PUT", "/6/tasks/{task_id}/notification_policy", "replaceTaskNotificationPolicy", permission(TASK, MODIFICATION),
                    "Replace task notification policy"),
            new Route(TASKS, "GET", "/6/tasks/{task_id}/errors", "getTaskErrorsOfTask", permission(TASK, VIEW), "Get errors of a task"),

            // a stream's analytics send events through handlers, so creating or replacing one asks for event creation
            // and emit_events on each handler as well (ADR 0024)
            new Route(STREAMS, "POST", "/6/streams", "createStream", permission(VIDEO_STREAM, CREATION), "Create video stream"),
            new Route(STREAMS, "GET", "/6/streams", "getStreams", permission(VIDEO_STREAM, VIEW), "Get video streams"),
            new Route(STREAMS, "DELETE", "/6/streams", "deleteStreams", permission(VIDEO_STREAM, DELETION), "Delete video streams by ids"),
            new Route(STREAMS, "GET", "/6/streams/count", "countStreams", permission(VIDEO_STREAM, VIEW), "Count video streams"),
            new Route(STREAMS, "GET", "/6/streams/logs", "getStreamLogs", permission(VIDEO_STREAM, VIEW), "Get stream logs"),
            new Route(STREAMS, "DELETE", "/6/streams/logs", "deleteStreamLogs", permission(VIDEO_STREAM, DELETION),
                    "Delete stream logs older than a time, keeping each stream's last"),
            new Route(STREAMS, "GET", "/6/streams/{stream_id}", "getStream", permission(VIDEO_STREAM, VIEW), "Get video stream"),
            new Route(STREAMS, "HEAD", "/6/streams/{stream_id}", "headStream", permission(VIDEO_STREAM, VIEW), "Check if video stream exists"),
            new Route(STREAMS, "PUT", "/6/streams/{stream_id}", "replaceStream", permission(VIDEO_STREAM, MODIFICATION),
                    "Replace video stream (a new version, started again)"),
            new Route(STREAMS, "PATCH", "/6/streams/{stream_id}", "patchStream", permission(VIDEO_STREAM, MODIFICATION),
                    "Stop or resume video stream"),
            new Route(STREAMS, "DELETE", "/6/streams/{stream_id}", "deleteStream", permission(VIDEO_STREAM, DELETION), "Remove video stream"),
            // it changes streams' groups, so the function asks for video_stream modification as well
            new Route(WS, "GET", "/6/streams/{stream_id}/ws", "subscribeStream", permission(VIDEO_STREAM, VIEW),
                    "Follow a stream's status and its analytics' results over a websocket (HTTP GET upgrade)"),
            new Route(STREAMS, "PATCH", "/6/linker", "linkStreams", permission(VIDEO_GROUP, MODIFICATION), "Attach or detach streams to a group"),
            new Route(STREAMS, "POST", "/6/groups", "createGroup", permission(VIDEO_GROUP, CREATION), "Create stream group"),
            new Route(STREAMS, "GET", "/6/groups", "getGroups", permission(VIDEO_GROUP, VIEW), "Get stream groups"),
            new Route(STREAMS, "GET", "/6/groups/count", "countGroups", permission(VIDEO_GROUP, VIEW), "Count stream groups"),
            new Route(STREAMS, "GET", "/6/groups/{group_id}", "getGroup", permission(VIDEO_GROUP, VIEW), "Get stream group"),
            new Route(STREAMS, "PATCH", "/6/groups/{group_id}", "patchGroup", permission(VIDEO_GROUP, MODIFICATION), "Update stream group description"),
            new Route(STREAMS, "DELETE", "/6/groups/{group_id}", "deleteGroup", permission(VIDEO_GROUP, DELETION), "Remove stream group"),
            // the seed's token resources name no video SDK; the video SDK is the SDK of videos
            new Route(STREAMS, "POST", "/6/videosdk", "analyseVideo", resource("sdk"),
                    "Follow the faces of a video clip (face_events) and answer their tracks; nothing is stored"),
            new Route(STREAMS, "GET", "/6/analytics", "getAnalytics", permission(VIDEO_ANALYTIC, VIEW), "Get video analytics"),
            new Route(STREAMS, "GET", "/6/analytics/{analytic_id}", "getAnalytic", permission(VIDEO_ANALYTIC, VIEW), "Get video analytic"),
            new Route(STREAMS, "GET", "/6/analytics/{analytic_id}/docs", "getAnalyticDocs", permission(VIDEO_ANALYTIC, VIEW),
                    "Get video analytic documentation (HTML)"),

            new Route(OBJECTS, "POST", "/6/objects", "createObject", permission(OBJECT, CREATION), "Save object with unique ID"),
            new Route(OBJECTS, "GET", "/6/objects/{object_id}", "getObject", permission(OBJECT, VIEW), "Receiving objects"),
            new Route(OBJECTS, "HEAD", "/6/objects/{object_id}", "headObject", permission(OBJECT, VIEW), "Check if object exists"),
            new Route(OBJECTS, "DELETE", "/6/objects/{object_id}", "deleteObject", permission(OBJECT, DELETION), "Delete object"));

    private RouteTable() {}

    public static List<Route> routes() {
        return ROUTES;
    }

    /** The route for this method and path; a path that exists with other methods answers 405, one that does not 404. */
    static Match find(String method, String path) {
        var segments = List.of((path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path)
                .substring(1).split("/", -1));
        List<Match.Found> candidates = ROUTES.stream()
                .flatMap(route -> route.match(segments).map(params -> new Match.Found(route, params)).stream())
                .sorted(Comparator.comparingInt((Match.Found f) -> f.route().specificity()).reversed())
                .toList();
        if (candidates.isEmpty()) {
            return new Match.NotFound();
        }
        // a path spelled out (/6/handlers/validator) is that resource for every method: GET on it is
        // 405, not a request for a handler whose id is "validator"
        int mostSpecific = candidates.getFirst().route().specificity();
        candidates = candidates.stream().filter(c -> c.route().specificity() == mostSpecific).toList();
        Optional<Match.Found> exact = candidates.stream().filter(c -> c.route().method().equals(method)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        Set<String> allowed = candidates.stream().map(c -> c.route().method()).collect(Collectors.toCollection(TreeSet::new));
        return new Match.WrongMethod(allowed);
    }

    sealed interface Match {
        record Found(Route route, java.util.Map<String, String> params) implements Match {}

        record NotFound() implements Match {}

        record WrongMethod(Set<String> allowed) implements Match {}
    }
}
