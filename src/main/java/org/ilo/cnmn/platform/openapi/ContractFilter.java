package org.ilo.cnmn.platform.openapi;

import java.util.List;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.ilo.cnmn.platform.problem.Problem;

/**
 * What the HTTP layer adds to every /api operation, documented once: the optional partner key on reads,
 * conditional GETs, the request id and rate-limit headers on every answer, and the problem answers an operation
 * gives because of its kind (read or write, editors only, addressed by id, with a body, conditional on If-Match),
 * so that resources declare only the answers that are their own (such as 409 and 422). Applied when the application
 * is built, so that starting it does not rebuild and re-serialise the document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String IF_NONE_MATCH = "If-None-Match";
    private static final String IF_MODIFIED_SINCE = "If-Modified-Since";
    private static final String IF_MATCH_REF = "#/components/parameters/" + ApiDefinition.IF_MATCH;
    private static final String LIMIT_REF = "#/components/parameters/" + ApiDefinition.LIMIT;

    /** The headers HttpHygiene puts on every answer (CORS only to requests with Origin). */
    private static final List<String> EVERY_ROUTE = List.of("X-Request-Id", "Access-Control-Allow-Origin");
    /** The headers every /api answer carries besides: RateLimitFilter's. */
    private static final List<String> EVERY_ANSWER = List.of("X-Request-Id", "Access-Control-Allow-Origin",
            "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        components.addParameter(IF_NONE_MATCH, OASFactory.createParameter().name(IF_NONE_MATCH)
                .in(Parameter.In.HEADER).required(false)
                .description("ETags of representations you hold (or `*`); when one is current the answer is a 304 "
                        + "without a body.")
                .schema(string()));
        components.addParameter(IF_MODIFIED_SINCE, OASFactory.createParameter().name(IF_MODIFIED_SINCE)
                .in(Parameter.In.HEADER).required(false)
                .description("An HTTP-date, as `Last-Modified` gave it; when nothing changed since, the answer is a "
                        + "304 without a body. Ignored when `If-None-Match` is present.")
                .schema(string()));
        components.addHeader("X-Request-Id", header("The request's id: the client's X-Request-Id when well-formed "
                + "(up to 128 of A-Z a-z 0-9 . _ : -), otherwise a new one; it is in the service's logs.",
                "49961299-19a7-43f4-9c0c-85de3455ddfe"));
        components.addHeader("Access-Control-Allow-Origin", header("Sent to cross-origin requests (with `Origin`): "
                + "`*` for reads; the origin itself for writes from a configured editors' origin.", "*"));
        components.addHeader("RateLimit-Limit", header("Requests allowed per minute for this client.", "600"));
        components.addHeader("RateLimit-Remaining", header("Requests left in the current minute.", "599"));
        components.addHeader("RateLimit-Reset", header("Seconds until the current minute's quota resets.", "42"));
        components.addHeader("Retry-After", header("Seconds to wait before retrying.", "42"));
        // The shared problem answers this filter refers to; those with examples, or that resources name, are in ApiDefinition.
        components.addResponse(ApiDefinition.FORBIDDEN, problem("The token is valid but lacks the role this operation needs."));
        components.addResponse(ApiDefinition.PRECONDITION_FAILED, problem("`If-Match` does not match the current ETag: "
                + "someone changed the resource since you read it. Nothing was changed; GET it again."));
        components.addResponse(ApiDefinition.PAYLOAD_TOO_LARGE,
                problem("The request body is larger than the service accepts (1 MiB by default)."));
        components.addResponse(ApiDefinition.UNSUPPORTED_MEDIA_TYPE,
                problem("The body's Content-Type is not one this operation reads."));
        components.addResponse(ApiDefinition.PRECONDITION_REQUIRED,
                problem("The write needs `If-Match` with the resource's current ETag."));
        components.addResponse(ApiDefinition.NOT_ACCEPTABLE,
                problem("The Accept header allows none of the media types this operation produces."));
        components.addResponse(ApiDefinition.SERVER_ERROR,
                problem("The server failed; `detail` carries a reference for the operators."));
        components.addResponse("BadApiKey", problem("The X-API-Key is unknown or revoked.")
                .addHeader("WWW-Authenticate", header("The scheme to authenticate with.", "ApiKey realm=\"ilo-cnmn\"")));
        components.addResponse("TooManyRequests", problem("This client's quota for the current minute is used up.")
                .addHeader("Retry-After", ref("Retry-After")));
        components.addResponse("ServiceUnavailable", problem("The database is unreachable for the moment; nothing was "
                + "changed. Retry after the given seconds.").addHeader("Retry-After", ref("Retry-After")));
        // Shared responses are only referred to by /api operations, so they carry the same headers.
        components.getResponses().values().forEach(ContractFilter::addEveryAnswerHeaders);
        components.setResponses(new TreeMap<>(components.getResponses()));

        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> addCrossCutting(path, method, operation));
            } else {
                item.getOperations().forEach((method, operation) -> {
                    addProblemsOfItsKind(path, method, operation, false);
                    operation.getResponses().getAPIResponses().values().stream()
                            .filter(response -> response.getRef() == null)
                            .forEach(response -> EVERY_ROUTE.forEach(name -> response.addHeader(name, ref(name))));
                });
            }
            // Answers in order of status, whichever added them.
            item.getOperations().values().forEach(operation -> operation.getResponses()
                    .setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses())));
        });
    }

    private void addCrossCutting(String path, PathItem.HttpMethod method, Operation operation) {
        boolean editorOnly = operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.hasScheme(ApiDefinition.BEARER));
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // Reads are open to anyone; a partner key only changes which quota is charged.
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(ApiDefinition.API_KEY)));
        }
        var responses = operation.getResponses();
        if (method == PathItem.HttpMethod.GET) {
            // ConditionalRequests answers 304 to every GET.
            operation.addParameter(OASFactory.createParameter().ref(IF_NONE_MATCH));
            operation.addParameter(OASFactory.createParameter().ref(IF_MODIFIED_SINCE));
            standard(responses, "304", ApiDefinition.NOT_MODIFIED);
        }
        if (method == PathItem.HttpMethod.GET) {
            addReadHeaders(operation, editorOnly);
        }
        addProblemsOfItsKind(path, method, operation, editorOnly);
        standard(responses, "401", editorOnly ? ApiDefinition.UNAUTHORIZED : "BadApiKey");
        standard(responses, "429", "TooManyRequests");
        standard(responses, "503", "ServiceUnavailable");
        for (APIResponse response : responses.getAPIResponses().values()) {
            if (response.getRef() == null) {
                addEveryAnswerHeaders(response);
            }
        }
    }

    /**
     * What a 200 to a read carries because of its kind: validators on public reads (ConditionalRequests adds
     * them; authenticated reads are private and get none), and a next-page link on paged lists.
     */
    private static void addReadHeaders(Operation operation, boolean editorOnly) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getRef() != null) {
            return;
        }
        if (!editorOnly) {
            for (String name : List.of(ApiDefinition.ETAG, ApiDefinition.LAST_MODIFIED, ApiDefinition.CACHE_CONTROL)) {
                addIfAbsent(ok, name);
            }
        }
        boolean paged = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> LIMIT_REF.equals(parameter.getRef()));
        if (paged) {
            addIfAbsent(ok, ApiDefinition.LINK);
        }
    }

    private static void addIfAbsent(APIResponse response, String header) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
            response.addHeader(header, ref(header));
        }
    }

    /** The answers an operation gives for what kind it is: a read or a write, for editors, by id, with a body, conditional. */
    private static void addProblemsOfItsKind(String path, PathItem.HttpMethod method, Operation operation,
            boolean editorOnly) {
        var responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        // QueryParameterFilter refuses undeclared query parameters and control characters on every operation.
        standard(responses, "400", hasBody ? ApiDefinition.INVALID_BODY : ApiDefinition.INVALID_PARAMETER);
        if (editorOnly) {
            standard(responses, "403", ApiDefinition.FORBIDDEN);
        }
        if (path.contains("{")) {
            standard(responses, "404", ApiDefinition.NOT_FOUND);
        }
        if (method != PathItem.HttpMethod.DELETE) {
            // A write answers its resource as JSON: an Accept header that takes neither it nor problems is refused.
            standard(responses, "406", ApiDefinition.NOT_ACCEPTABLE);
        }
        boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IF_MATCH_REF.equals(parameter.getRef()));
        if (conditional) {
            standard(responses, "412", ApiDefinition.PRECONDITION_FAILED);
        }
        if (hasBody) {
            standard(responses, "413", ApiDefinition.PAYLOAD_TOO_LARGE);
            standard(responses, "415", ApiDefinition.UNSUPPORTED_MEDIA_TYPE);
        }
        if (conditional) {
            standard(responses, "428", ApiDefinition.PRECONDITION_REQUIRED);
        }
        standard(responses, "500", ApiDefinition.SERVER_ERROR);
    }

    /** A shared answer, unless the operation documents that status itself. */
    private static void standard(APIResponses responses, String status, String response) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(response));
        }
    }

    private static void addEveryAnswerHeaders(APIResponse response) {
        for (String name : EVERY_ANSWER) {
            response.addHeader(name, ref(name));
        }
    }

    private static APIResponse problem(String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).schema(string().example(example));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
