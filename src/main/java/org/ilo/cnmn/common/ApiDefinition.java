package org.ilo.cnmn.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
        servers = @Server(url = "/", description = "This server"),
        tags = {
                @Tag(name = "Projects", description = "Development-cooperation projects."),
                @Tag(name = "Press releases", description = "News and press releases."),
                @Tag(name = "Office", description = "The country office's profile."),
                @Tag(name = "Vocabularies", description = "Countries, funders and themes, with usage counts for filter menus."),
                @Tag(name = "Changes", description = "The change feed partners replay to stay in sync."),
                @Tag(name = "Search", description = "Full-text search across projects and press releases."),
                @Tag(name = "Exports", description = "Whole data sets for bulk download, streamed: CSV, NDJSON, IATI XML."),
                @Tag(name = "Feeds", description = "Atom feeds of the newest content, for feed readers.")
        },
        components = @Components(
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
                @APIResponse(name = ApiDefinition.NOT_ACCEPTABLE, responseCode = "406",
                        description = "The Accept header allows none of the media types this operation produces.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDefinition.SERVER_ERROR, responseCode = "500",
                        description = "The server failed; `detail` carries a reference for the operators.",
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
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String SERVER_ERROR = "ServerError";
}
