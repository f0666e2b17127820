package org.ilo.cnmn.common;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What the HTTP layer adds to every /api operation, documented once: the optional partner key, the
 * request id and rate-limit headers on every answer, and the 401 (bad key), 429 (quota) and 503
 * (database unreachable) answers an operation may give besides its own. Applied when the application
 * is built, so that starting it does not rebuild and re-serialise the document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        components.addParameter("X-API-Key", OASFactory.createParameter().name("X-API-Key")
                .in(Parameter.In.HEADER).required(false)
                .description("A partner API key (see README, Operating): requests are counted against its quota "
                        + "instead of the client address's. An unknown or revoked key is a 401.")
                .schema(string()).example("ilo_k3JdX2v9Qm0aT7eLpR4sW1yZ8bN6cF5u"));
        components.addHeader("X-Request-Id", header("The request's id: the client's X-Request-Id when well-formed "
                + "(up to 128 of A-Z a-z 0-9 . _ : -), otherwise a new one; it is in the service's logs.",
                "49961299-19a7-43f4-9c0c-85de3455ddfe"));
        components.addHeader("RateLimit-Limit", header("Requests allowed per minute for this client.", "600"));
        components.addHeader("RateLimit-Remaining", header("Requests left in the current minute.", "599"));
        components.addHeader("RateLimit-Reset", header("Seconds until the current minute's quota resets.", "42"));
        components.addHeader("Retry-After", header("Seconds to wait before retrying.", "42"));
        components.addResponse("BadApiKey", problem("The X-API-Key is unknown or revoked.")
                .addHeader("WWW-Authenticate", header("The scheme to authenticate with.", "ApiKey realm=\"ilo-cnmn\"")));
        components.addResponse("TooManyRequests", problem("This client's quota for the current minute is used up.")
                .addHeader("Retry-After", ref("Retry-After")));
        components.addResponse("ServiceUnavailable", problem("The database is unreachable for the moment; nothing was "
                + "changed. Retry after the given seconds.").addHeader("Retry-After", ref("Retry-After")));

        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(this::addCrossCutting);
            }
        });
    }

    private void addCrossCutting(Operation operation) {
        operation.addParameter(OASFactory.createParameter().ref("X-API-Key"));
        var responses = operation.getResponses();
        // QueryParameterFilter refuses undeclared query parameters and control characters on every operation.
        if (!responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().ref(ApiDefinition.INVALID_PARAMETER));
        }
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref("BadApiKey"));
        }
        responses.addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
        responses.addAPIResponse("503", OASFactory.createAPIResponse().ref("ServiceUnavailable"));
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getRef() == null) {
                for (String name : new String[] { "X-Request-Id", "RateLimit-Limit", "RateLimit-Remaining",
                        "RateLimit-Reset" }) {
                    response.addHeader(name, ref(name));
                }
            }
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
