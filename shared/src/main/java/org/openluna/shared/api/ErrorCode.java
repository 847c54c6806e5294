package org.openluna.shared.api;

/**
 * Every error the API can answer, with its HTTP status and texts. Codes printed in the seed
 * (1, 11062, 11065, 12012, 12017, 12022, 12024, 13003, 32010, 37002) keep the seed's number and
 * wording; the others are ours, stable, and listed in the served OpenAPI document. A detail with
 * {@code %s} placeholders is formatted with the arguments given to {@link LunaException}.
 */
public enum ErrorCode {
    INTERNAL_ERROR(1, 500, "Internal server error", "Internal server error"),

    AUTHORIZATION_REQUIRED(11060, 401, "Authorization failed", "Authorization required"),
    BAD_CREDENTIALS(11061, 401, "Authorization failed", "Account with login '%s' not found or password is wrong"),
    TOKEN_CORRUPTED(11062, 401, "Forbidden", "Specified token corrupted"),
    TOKEN_EXPIRED(11063, 401, "Forbidden", "Token expired"),
    PERMISSION_DENIED(11064, 403, "Forbidden", "Permission '%s' on '%s' is required"),
    BAD_BASIC_AUTHORIZATION(11065, 401, "Authorization failed", "Bad format basic authorization header"),
    // the seed prints 11066 for a missing header (l.15074); the Sender requires it (S1:36)
    ACCOUNT_HEADER_NOT_FOUND(11066, 400, "Bad/incomplete input data", "Luna-Account-Id header not found"),
    ACCOUNT_OF_HEADER_NOT_FOUND(11067, 401, "Authorization failed", "Account with id '%s' not found"),
    ADMIN_REQUIRED(11068, 403, "Forbidden", "Only an admin account can do this"),
    BAD_AUTHORIZATION_HEADER(11069, 401, "Authorization failed", "Unsupported authorization scheme"),
    ACCOUNT_HEADER_REJECTED(11070, 403, "Forbidden", "Luna-Account-Id '%s' is not the account of these credentials"),
    // account management needs the account's own login and password (ADR 0016), ours
    OWN_CREDENTIALS_REQUIRED(11071, 403, "Forbidden", "%s"),
    // a login cookie after logout, or after the account's login or password changed; ours
    SESSION_ENDED(11072, 401, "Authorization failed", "The login session has ended; log in again"),
    // a login cookie's websocket for a page of another origin (cross-site websocket hijacking); ours
    CROSS_ORIGIN_REFUSED(11073, 403, "Forbidden", "A login cookie opens no websocket for a page of origin '%s'"),

    BAD_PATH_ID(12001, 400, "Bad/incomplete input data", "Object in query is not UUID4 format: '%s'"),
    RESOURCE_NOT_FOUND(12011, 404, "Resource not found", "Page not found"),
    BAD_QUERY_PARAMETER(12012, 400, "Bad/incomplete input data", "Bad query parameters '%s'"),
    REQUIRED_QUERY_PARAMETER(12013, 400, "Bad/incomplete input data", "Required parameters '%s' not found"),
    BAD_HEADER(12014, 400, "Bad/incomplete input data", "Bad header '%s'"),
    REQUIRED_HEADER(12015, 400, "Bad/incomplete input data", "Required header '%s' not found"),
    METHOD_NOT_ALLOWED(12016, 405, "Method not allowed", "Method '%s' is not allowed for '%s'"),
    BAD_CONTENT_TYPE(12017, 400, "Bad/incomplete input data", "Bad content type"),
    EMPTY_BODY(12018, 400, "Bad/incomplete input data", "Request does not contain data"),
    BAD_JSON(12021, 400, "Bad/incomplete input data", "Failed to parse json: %s"),
    JSON_VALIDATION_FAILED(12022, 400, "Bad/incomplete input data", "Failed to validate input json. Path: '%s', message: '%s'"),
    UNSUPPORTED_MEDIA_TYPE(12024, 415, "Bad/incomplete input data", "Unsupported media type"),
    BODY_TOO_LARGE(12025, 413, "Request entity too large", "Request body is larger than %s bytes"),
    BAD_IMAGE(12026, 400, "Bad/incomplete input data", "Image data does not match content type '%s'"),
    // The seed's limit on images per request and its multipart rules were in its lost "Notes for
    // incoming data", so these two are ours.
    TOO_MANY_IMAGES(12027, 400, "Bad/incomplete input data", "Request holds %s images; at most %s are allowed"),
    BAD_MULTIPART(12028, 400, "Bad/incomplete input data", "Failed to read multipart/form-data body: %s"),
    BAD_MSGPACK(12029, 400, "Bad/incomplete input data", "Failed to parse msgpack: %s"),
    // a websocket route asked without "Upgrade: websocket"; 426 as RFC 9110 gives it, ours
    WEBSOCKET_REQUIRED(12030, 426, "Upgrade required", "This resource is a websocket; the request must ask for 'Upgrade: websocket'"),
    // the HTTP server's own limits, answered in the error format rather than with an empty 414 or 431; ours
    REQUEST_LINE_TOO_LONG(12031, 414, "Bad/incomplete input data", "Request line is longer than %s bytes"),
    HEADERS_TOO_LARGE(12032, 431, "Bad/incomplete input data", "Request headers are larger than %s bytes"),
    BAD_HTTP_REQUEST(12033, 400, "Bad/incomplete input data", "Malformed HTTP request"),
    BAD_REQUEST_TARGET(12034, 400, "Bad/incomplete input data", "The request's path or query is not a valid URI (broken percent-encoding?)"),
    TOO_MANY_SUBSCRIPTIONS(12035, 429, "Too many requests", "The account holds %s open event websockets already"),
    // events: a query whose filters make DynamoDB read too much (ADR 0013), ours
    EVENTS_QUERY_TOO_BROAD(12039, 400, "Bad/incomplete input data",
            "The filters would read more than %s events; narrow the creation time or filter by an indexed field"),

    // Descriptors. The seed prints no code for a bad or foreign descriptor, so these are ours; they
    // start at 12041 to leave 12027-12040 free for more general input errors.
    BAD_DESCRIPTOR(12041, 400, "Bad/incomplete input data", "Bad descriptor: %s"),
    BAD_DESCRIPTOR_LENGTH(12042, 400, "Bad/incomplete input data", "Descriptor of version %s must have %s bytes, got %s"),
    UNSUPPORTED_DESCRIPTOR_VERSION(12043, 400, "Bad/incomplete input data",
            "Descriptor version %s is not supported; this platform only handles version %s"),
    UNSUPPORTED_DESCRIPTOR_FORMAT(12044, 400, "Bad/incomplete input data", "Descriptor format '%s' is not supported"),

    IMAGE_NOT_FOUND(13003, 404, "Object not found", "Image with id '%s' not found"),
    SAMPLE_NOT_FOUND(13004, 404, "Object not found", "Sample with id '%s' not found"),
    OBJECT_NOT_FOUND(13005, 404, "Object not found", "Object with id '%s' not found"),

    // Per-image errors of detection. 32010 is the seed's (l.14863); the size refusals are ours.
    IMAGE_DECODING_FAILED(32010, 400, "Failed to decode image data", "File decoding error"),
    IMAGE_TOO_SMALL(32011, 400, "Bad image size", "%s"),
    IMAGE_TOO_LARGE(32012, 400, "Bad image size", "%s"),
    BAD_BASE64_IMAGE(32013, 400, "Failed to decode image data", "Image is not valid base64"),
    // Per-image errors of the routes that judge one face per image (liveness, iso); ours.
    NO_FACE_FOUND(32014, 400, "Face not found", "No face found in the image"),
    TOO_MANY_FACES(32015, 400, "Multiple faces found", "%s faces found in the image where one is expected"),

    ACCOUNT_NOT_FOUND(22002, 404, "Object not found", "Account with id '%s' not found"),
    ACCOUNT_LOGIN_TAKEN(22003, 409, "Unique constraint error", "Account with login '%s' already exists"),
    ACCOUNT_ID_TAKEN(22004, 409, "Unique constraint error", "Account with id '%s' already exists"),
    TOKEN_NOT_FOUND(22005, 404, "Object not found", "Token with id '%s' not found"),
    // the seed names this error only by its words, "Attributes not found" (l.1955, l.2003); the code is ours
    ATTRIBUTE_NOT_FOUND(22006, 404, "Attributes not found", "Attribute with id '%s' not found"),
    // faces and lists: the seed prints none of these codes
    FACE_NOT_FOUND(22007, 404, "Object not found", "Face with id '%s' not found"),
    LIST_NOT_FOUND(22008, 404, "Object not found", "List with id '%s' not found"),
    FACE_ATTRIBUTE_NOT_FOUND(22009, 404, "Object not found", "Face with id '%s' has no attribute"),
    // matching: a reference must lead to exactly one face descriptor (seed l.2437 prints no code)
    NO_DESCRIPTOR_TO_MATCH(22010, 400, "Bad/incomplete input data", "%s with id '%s' has no face descriptor to match"),
    FACE_EXTERNAL_ID_NOT_FOUND(22011, 404, "Object not found", "Face with external id '%s' not found"),
    AMBIGUOUS_FACE_EXTERNAL_ID(22012, 400, "Bad/incomplete input data",
            "Several faces have external id '%s'; match one of them by its face id"),
    // handlers, from 22020, leaving 22013-22019 to faces and matching; the seed prints no code
    HANDLER_NOT_FOUND(22020, 404, "Object not found", "Handler with id '%s' not found"),
    // verifiers, from 22025, leaving 22021-22024 to handlers; the seed prints no code
    VERIFIER_NOT_FOUND(22025, 404, "Object not found", "Verifier with id '%s' not found"),
    // events, from 22030, after handlers (22020-22024) and verifiers (22025-22029); the seed prints no code
    EVENT_NOT_FOUND(22030, 404, "Object not found", "Event with id '%s' not found"),
    // a user's event is saved through a dynamic handler only (seed l.8269)
    HANDLER_NOT_DYNAMIC(22031, 400, "Bad/incomplete input data", "Handler '%s' is not dynamic; user events are saved through a dynamic handler"),
    // an event's external id as a match reference, as a face's is (22011, 22012)
    EVENT_EXTERNAL_ID_NOT_FOUND(22032, 404, "Object not found", "Event with external id '%s' not found"),
    AMBIGUOUS_EVENT_EXTERNAL_ID(22033, 400, "Bad/incomplete input data",
            "Several events have external id '%s'; match one of them by its event id"),

    // tasks, from 22040 (ADR 0020); the seed prints no code for them
    TASK_NOT_FOUND(22040, 404, "Object not found", "Task with id '%s' not found"),
    TASK_ERROR_NOT_FOUND(22041, 404, "Object not found", "Task error with id '%s' not found"),
    TASK_RESULT_NOT_FOUND(22042, 404, "Object not found", "Task with id '%s' has no result yet"),
    TASK_FINISHED(22043, 400, "Bad/incomplete input data", "Task with id '%s' has already finished"),
    SCHEDULE_NOT_FOUND(22044, 404, "Object not found", "Task schedule with id '%s' not found"),
    SOURCE_UNREADABLE(22045, 400, "Bad/incomplete input data", "Source '%s' could not be read: %s"),

    // video streams, groups and analytics, from 22050 (ADR 0024); the seed prints no code for them
    STREAM_NOT_FOUND(22050, 404, "Object not found", "Stream with id '%s' not found"),
    GROUP_NOT_FOUND(22051, 404, "Object not found", "Group with id '%s' not found"),
    GROUP_NAME_NOT_FOUND(22052, 404, "Object not found", "Group with name '%s' not found"),
    GROUP_NAME_TAKEN(22053, 409, "Unique constraint error", "Group with name '%s' already exists"),
    ANALYTIC_NOT_FOUND(22054, 404, "Object not found", "Analytic with id '%s' not found"),

    // the cause is logged with the request id, never sent: it names hosts and internals
    SERVICE_UNAVAILABLE(27001, 502, "Service unavailable", "Dependent service '%s' is unavailable"),
    FEATURE_UNAVAILABLE(27002, 403, "Forbidden", "Feature '%s' is not available on this platform"),

    // the seed's words (l.72-76): a request whose head or body did not arrive in time
    REQUEST_TIMEOUT(37002, 408, "Request timeout", "Service did not receive a complete request message within %s seconds");

    private final int code;
    private final int status;
    private final String desc;
    private final String detailTemplate;

    ErrorCode(int code, int status, String desc, String detailTemplate) {
        this.code = code;
        this.status = status;
        this.desc = desc;
        this.detailTemplate = detailTemplate;
    }

    public int code() { return code; }

    public int status() { return status; }

    public String desc() { return desc; }

    public String detailTemplate() { return detailTemplate; }

    String detail(Object... args) {
        return args.length == 0 ? detailTemplate : String.format(detailTemplate, args);
    }
}
