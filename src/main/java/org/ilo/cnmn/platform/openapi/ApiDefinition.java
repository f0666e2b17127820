package org.ilo.cnmn.platform.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.platform.problem.Problem;

/** The contract's front matter and the problem responses that operations refer to by name. */
@OpenAPIDefinition(
        info = @Info(
                title = "ILO Country Office for China and Mongolia – open data API",
                version = "1.0.0",
                description = "Projects, press releases and the profile of the ILO Country Office for China and Mongolia, "
                        + "as JSON for frontends and as bulk data for partners. Lists are keyset-paged "
                        + "(`limit` 1..100, opaque `cursor`, `Link: rel=\"next\"`); repeatable filters accept "
                        + "`a=x&a=y` or `a=x,y` (OR within a filter, AND across filters); unknown or malformed "
                        + "parameters are a 400. Every error is RFC 9457 `application/problem+json`.",
                contact = @Contact(name = "ILO Country Office for China and Mongolia", url = "https://www.ilo.org/beijing"),
                license = @License(name = "CC BY 4.0", url = "https://creativecommons.org/licenses/by/4.0/")),
        servers = @Server(url = "/", description = "Production, or wherever this document is served from: the request's "
                + "own origin (set ILO_PUBLIC_BASE_URL to name the public address)",
                extensions = @Extension(name = "x-internal", value = "false", parseValue = true)),
        tags = {
                @Tag(name = "Projects", description = "Development-cooperation projects."),
                @Tag(name = "Press releases", description = "News and press releases."),
                @Tag(name = "Office", description = "The country office's profile."),
                @Tag(name = "Vocabularies", description = "Countries, funders and themes, with usage counts for filter menus."),
                @Tag(name = "Changes", description = "The change feed partners replay to stay in sync."),
                @Tag(name = "Search", description = "Full-text search across projects and press releases."),
                @Tag(name = "Audit", description = "Who changed what, and when (editors only)."),
                @Tag(name = "Admin", description = "Partner API keys (administrators only)."),
                @Tag(name = "Exports", description = "Whole data sets for bulk download, streamed: CSV, NDJSON, IATI XML."),
                @Tag(name = "Feeds", description = "Atom feeds of the newest content, for feed readers."),
                @Tag(name = "Problems", description = "What each problem `type` means and how to fix the request, "
                        + "as HTML pages or JSON.")
        },
        components = @Components(
        securitySchemes = {
                @SecurityScheme(securitySchemeName = ApiDefinition.BEARER, type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "A JWT from the office's identity provider, issued and checked as RFC8725 "
                                + "(JWT best current practices) asks: signed with RS256, issuer, audience, expiry and "
                                + "issue time checked; writing needs the role `editor` (groups claim)."),
                @SecurityScheme(securitySchemeName = ApiDefinition.API_KEY, type = SecuritySchemeType.APIKEY,
                        in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key",
                        description = "Optional partner key (see README, Operating): requests are counted against its "
                                + "quota instead of the client address's. An unknown or revoked key is a 401.") },
        parameters = {
                @Parameter(name = ApiDefinition.LIMIT, in = ParameterIn.QUERY,
                        description = "Page size, 1 to 100.",
                        schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100",
                                defaultValue = "20")),
                @Parameter(name = ApiDefinition.IF_MATCH, in = ParameterIn.HEADER, required = true,
                        description = "The current ETag of the resource (in any language), as a GET or the previous "
                                + "write returned it.",
                        schema = @Schema(type = SchemaType.STRING), example = "\"yeQtVDIPIPlaYiI4JNlSXrZQ\""),
                @Parameter(name = ApiDefinition.LANG, in = ParameterIn.QUERY,
                        description = "Language of titles and summaries: en (default), zh or mn, or a language tag of "
                                + "one of them with a script or region (zh-CN, zh-Hans, mn-MN), which means that "
                                + "language; a field without a translation is in English. Overrides Accept-Language. "
                                + "Example: `zh`.",
                        schema = @Schema(type = SchemaType.STRING,
                                pattern = "^([Ee][Nn]|[Zz][Hh]|[Mm][Nn])(-[A-Za-z0-9]{1,8})*$")),
                @Parameter(name = ApiDefinition.ACCEPT_LANGUAGE, in = ParameterIn.HEADER,
                        description = "Preferred languages with quality values (RFC 9110); the best of en, zh, mn is "
                                + "chosen (zh-CN counts as zh), English when none is acceptable or the header is "
                                + "malformed. Example: `mn;q=0.9, zh;q=0.8, en;q=0.5`.",
                        schema = @Schema(type = SchemaType.STRING))
        },
        headers = {
                @Header(name = ApiDefinition.LINK,
                        description = "`<…>; rel=\"next\"`: the URL of the next page, present while there is one (RFC 8288).",
                        schema = @Schema(type = SchemaType.STRING,
                                example = "</api/v1/projects?limit=3&cursor=eyJ2IjpbIjIwMTgtMDEtMDEiXSwiaWQiOiJhaWRzIn0.c2lnbmF0dXJl>; rel=\"next\"")),
                @Header(name = ApiDefinition.ETAG,
                        description = "Strong validator of this representation; send it back in `If-None-Match`.",
                        schema = @Schema(type = SchemaType.STRING, example = "\"yeQtVDIPIPlaYiI4JNlSXrZQ\"")),
                @Header(name = ApiDefinition.LAST_MODIFIED,
                        description = "When what this representation shows last changed (HTTP-date); "
                                + "for lists and aggregates, the last change to any content.",
                        schema = @Schema(type = SchemaType.STRING, example = "Mon, 23 Nov 2026 15:27:19 GMT")),
                @Header(name = ApiDefinition.CONTENT_DISPOSITION,
                        description = "`attachment` with the file name to save the export under.",
                        schema = @Schema(type = SchemaType.STRING,
                                example = "attachment; filename=\"ilo-cnmn-projects-2026-11-23.csv\"")),
                @Header(name = ApiDefinition.CONTENT_LANGUAGE,
                        description = "The language the representation was chosen for (fields without a translation "
                                + "are in English).",
                        schema = @Schema(type = SchemaType.STRING, enumeration = { "en", "zh", "mn" }, example = "en")),
                @Header(name = ApiDefinition.LOCATION, description = "The URL of the created resource.",
                        schema = @Schema(type = SchemaType.STRING, format = "uri",
                                example = "http://localhost:8080/api/v1/projects/decent-work-for-herders-in-mongolia")),
                @Header(name = ApiDefinition.CACHE_CONTROL,
                        description = "Public data: shared caches may keep it briefly and revalidate in the background.",
                        schema = @Schema(type = SchemaType.STRING,
                                example = "public, max-age=60, stale-while-revalidate=300"))
        },
        responses = {
                @APIResponse(name = ApiDefinition.NOT_MODIFIED, responseCode = "304",
                        description = "The representation matching `If-None-Match` (or unchanged since `If-Modified-Since`) "
                                + "is still current; no body.",
                        headers = { @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.LAST_MODIFIED),
                                @Header(ref = ApiDefinition.CACHE_CONTROL) }),
                @APIResponse(name = ApiDefinition.INVALID_PARAMETER, responseCode = "400",
                        description = "A query parameter is unknown, malformed or out of range; `errors` names each one.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "invalid-limit", value = """
                                        {"type": "/problems/invalid-parameter", "title": "Invalid query parameter",
                                         "status": 400, "detail": "Query parameter 'limit' must be an integer between 1 and 100.",
                                         "instance": "/api/v1/projects",
                                         "errors": [{"name": "limit", "reason": "must be an integer between 1 and 100"}]}
                                        """))),
                @APIResponse(name = ApiDefinition.NOT_FOUND, responseCode = "404",
                        description = "There is no resource with this id.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknown-id", value = """
                                        {"type": "/problems/not-found", "title": "Resource not found", "status": 404,
                                         "detail": "No project with id 'no-such-project'.",
                                         "instance": "/api/v1/projects/no-such-project"}
                                        """))),
                @APIResponse(name = ApiDefinition.INVALID_BODY, responseCode = "400",
                        description = "The body is not well-formed JSON, has a property that cannot be written, or a field "
                                + "is missing, malformed or too long; `errors` names each field.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "missing-title", value = """
                                        {"type": "/problems/invalid-body", "title": "Invalid request body", "status": 400,
                                         "detail": "The request body has 1 invalid field.", "instance": "/api/v1/projects",
                                         "errors": [{"name": "title", "reason": "must not be blank"}]}
                                        """))),
                @APIResponse(name = ApiDefinition.CONFLICT, responseCode = "409",
                        description = "A resource with this id exists already.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.UNKNOWN_REFERENCE, responseCode = "422",
                        description = "The body refers to a country, funder, theme, partner or project that does not "
                                + "exist; `errors` names each field.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.UNAUTHORIZED, responseCode = "401",
                        description = "No bearer token, or one that is expired, not yet valid, from another issuer or "
                                + "badly signed. `WWW-Authenticate: Bearer` says so.",
                        headers = @Header(name = "WWW-Authenticate", description = "The authentication scheme to use.",
                                schema = @Schema(type = SchemaType.STRING, example = "Bearer realm=\"ilo-cnmn\"")),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class ApiDefinition extends Application {

    public static final String LINK = "Link";
    public static final String ETAG = "ETag";
    public static final String LAST_MODIFIED = "Last-Modified";
    public static final String CACHE_CONTROL = "Cache-Control";
    public static final String CONTENT_DISPOSITION = "Content-Disposition";
    public static final String NOT_MODIFIED = "NotModified";
    public static final String INVALID_PARAMETER = "InvalidParameter";
    public static final String INVALID_BODY = "InvalidBody";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNKNOWN_REFERENCE = "UnknownReference";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    /** The role a JWT must carry to write. */
    public static final String EDITOR = "editor";
    /** The role a JWT must carry to manage partner API keys. */
    public static final String ADMIN = "admin";
    public static final String BEARER = "bearer";
    public static final String API_KEY = "apiKey";
    public static final String IF_MATCH = "If-Match";
    public static final String LANG = "lang";
    /** A list's page size; its bounds are configuration, so PageSizeFilter states them at start-up. */
    public static final String LIMIT = "limit";
    public static final String ACCEPT_LANGUAGE = "Accept-Language";
    public static final String CONTENT_LANGUAGE = "Content-Language";
    public static final String LOCATION = "Location";
    public static final String MERGE_PATCH = "application/merge-patch+json";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String SERVER_ERROR = "ServerError";
}
