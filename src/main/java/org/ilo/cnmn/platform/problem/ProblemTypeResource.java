package org.ilo.cnmn.platform.problem;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The problem type URIs resolve: a page for people, JSON for programs (RFC 9457 §4.1). */
@Path("/problems")
@Tag(name = "Problems")
public class ProblemTypeResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProblemTypes", summary = "List problem types",
            description = "Every `type` an error of this API may carry; as an HTML page with `Accept: text/html`.")
    @APIResponse(responseCode = "200", description = "The problem types.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProblemTypeDto.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)) })
    public List<ProblemTypeDto> listProblemTypes() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeDto::of).toList();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String problemTypesPage() {
        return ProblemPages.index();
    }

    @GET
    @Path("/{type}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProblemType", summary = "Describe a problem type",
            description = "What the problem means and how to fix the request; as an HTML page with `Accept: text/html`.")
    @APIResponse(responseCode = "200", description = "The problem type.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemTypeDto.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)) })
    public ProblemTypeDto getProblemType(@Parameter(description = "The last segment of the type URI.",
            example = "invalid-parameter") @RestPath String type) {
        return ProblemTypeDto.of(find(type));
    }

    @GET
    @Path("/{type}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String problemTypePage(@RestPath String type) {
        return ProblemPages.page(find(type));
    }

    private static ProblemType find(String slug) {
        return Arrays.stream(ProblemType.values()).filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> ApiException.notFound("problem type", slug));
    }
}
