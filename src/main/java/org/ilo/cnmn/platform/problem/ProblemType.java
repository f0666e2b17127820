package org.ilo.cnmn.platform.problem;

/** The kinds of problem this API reports; each has a stable type URI, served as a page by ProblemTypeResource. */
public enum ProblemType {
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid query parameter",
            "A query parameter is unknown, malformed or out of range, or a header the service reads has an invalid value.",
            "Read `errors`: it names every rejected parameter and why. Correct or leave out each one (see the operation's parameters in /q/openapi)."),
    INVALID_BODY(400, "invalid-body", "Invalid request body",
            "The request body is not well-formed JSON, has a property that cannot be written, or a field is missing, of the wrong type, malformed or too long.",
            "Read `errors`: it names every rejected field (dotted path) and why. Send the body as the operation's schema in /q/openapi describes it."),
    BAD_REQUEST(400, "bad-request", "Bad request",
            "The request could not be read: a malformed request target, header or syntax.",
            "Check the URL encoding and the header values (visible ASCII only), then send the request again."),
    UNAUTHORIZED(401, "unauthorized", "Authentication required",
            "The request needs credentials it did not carry, or carried invalid ones: a missing, expired, not yet valid or badly signed bearer token, or an unknown or revoked X-API-Key.",
            "Send a valid JWT in `Authorization: Bearer …` for writes; for reads, send a valid X-API-Key or none at all."),
    FORBIDDEN(403, "forbidden", "Not allowed",
            "The credentials are valid but lack the role this operation needs.",
            "Ask for a token with the needed role (`editor` to write, `admin` to manage API keys)."),
    NOT_FOUND(404, "not-found", "Resource not found",
            "There is no resource at this URL, or no record with this id.",
            "Check the id against the list it comes from (for example /api/v1/projects) and the path against /q/openapi."),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed",
            "The resource exists but does not support this HTTP method.",
            "Use one of the methods the `Allow` header lists."),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable",
            "The Accept header allows none of the media types this operation produces.",
            "Accept one of the media types the operation lists in /q/openapi (usually application/json), or send no Accept header."),
    CONFLICT(409, "conflict", "Conflict",
            "A resource with this id exists already.",
            "Choose another id, or leave it out so that one is derived from the title; to change the existing resource, use PUT or PATCH."),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed",
            "`If-Match` does not match the resource's current ETag: someone changed it since you read it. Nothing was changed.",
            "GET the resource again, reapply your change to what it is now, and send the write with the new ETag in `If-Match`."),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large",
            "The request body is larger than the service accepts.",
            "Send a smaller body; no field needs more than the limits the schema states."),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type",
            "The body's Content-Type is not one this operation reads.",
            "Send `Content-Type: application/json` (or `application/merge-patch+json` for PATCH)."),
    UNKNOWN_REFERENCE(422, "unknown-reference", "Unknown reference",
            "The body refers to a country, funder, theme, partner or project that does not exist.",
            "Read `errors` for each unknown reference and use ids from the vocabularies (/api/v1/countries, /api/v1/funders, /api/v1/themes) or existing records."),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required",
            "The write needs `If-Match` with the resource's current ETag, so that it cannot overwrite a change it has not seen.",
            "GET the resource, then send the write with its `ETag` in `If-Match`."),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests",
            "This client's request quota for the current minute is used up.",
            "Wait the seconds `Retry-After` gives, and pace requests by `RateLimit-Remaining`; partners can ask for an API key with a larger quota."),
    INTERNAL_ERROR(500, "internal-error", "Internal server error",
            "The service failed while answering. This is a fault of the service, not of the request.",
            "Retry later; if it persists, report the `detail` reference (and `X-Request-Id`) to the office."),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable",
            "The service cannot answer for the moment: its database is unreachable or it is shutting down. Nothing was changed.",
            "Retry after the seconds `Retry-After` gives.");

    private final int status;
    private final String slug;
    private final String title;
    private final String description;
    private final String howToFix;

    ProblemType(int status, String slug, String title, String description, String howToFix) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.howToFix = howToFix;
    }

    public String slug() {
        return slug;
    }

    /** What the problem means, for the page at {@link #uri()}. */
    public String description() {
        return description;
    }

    /** How to change the request so that it succeeds. */
    public String howToFix() {
        return howToFix;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public String title() {
        return title;
    }
}
