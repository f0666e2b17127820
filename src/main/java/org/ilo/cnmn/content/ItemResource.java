package org.ilo.cnmn.content;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.ilo.cnmn.platform.openapi.ApiDefinition;
import org.ilo.cnmn.platform.params.LanguageParams;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The operations on one published item, alike for every kind: read it, and the editors' writes. A subclass
 * gives the path, its list and, on its {@code @Tag}, the
 * {@link org.ilo.cnmn.platform.openapi.ItemTemplates#ITEM ItemTemplates.ITEM} extension that fills in the
 * documentation's templates ({item}, {Type}, ...), since annotations here cannot vary by kind.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ItemResource<W extends ItemWrite<?>, D> {

    protected abstract PublishedReads<?, ?, D> reads();

    protected abstract ContentEdits.Items<W, D> edits();

    @GET
    @Path("/{id}")
    @Operation(operationId = "get{Type}", summary = "Get a {item}", description = "One {item} with its {parts}.")
    @APIResponse(responseCode = "200", description = "The {item}.",
            headers = @Header(ref = ApiDefinition.CONTENT_LANGUAGE))
    public RestResponse<D> get(
            @Parameter(description = "{Item} id.", example = "{example}") @RestPath String id,
            @BeanParam LanguageParams languages) {
        return PublishedRequests.get(reads(), edits().label(), id, languages);
    }

    @POST
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "create{Type}", summary = "Create a {item}",
            description = "Creates a {item} from its English texts, links given by id, and optional translations. "
                    + "Without `id`, one is derived from the title. Editors only.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is its URL, `ETag` its validator.",
            headers = { @Header(ref = ApiDefinition.LOCATION), @Header(ref = ApiDefinition.ETAG),
                    @Header(ref = ApiDefinition.CONTENT_LANGUAGE) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "{Type}")))
    @APIResponse(ref = ApiDefinition.CONFLICT)
    @APIResponse(ref = ApiDefinition.UNKNOWN_REFERENCE)
    public RestResponse<D> create(@Valid @NotNull W body, UriInfo uri) {
        return edits().create(body, uri);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replace{Type}", summary = "Replace a {item}",
            description = "Replaces the {item} with the body (absent optional fields become null or empty). "
                    + "Needs `If-Match` with its current ETag. Editors only.")
    @APIResponse(responseCode = "200", description = "The {item} as stored now, with its new `ETag`.",
            headers = { @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.CONTENT_LANGUAGE) })
    @APIResponse(ref = ApiDefinition.UNKNOWN_REFERENCE)
    public RestResponse<D> replace(
            @Parameter(description = "{Item} id.", example = "{example}") @RestPath String id,
            @Parameter(ref = ApiDefinition.IF_MATCH) @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull W body) {
        return edits().replace(id, body, ifMatch);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Consumes(ApiDefinition.MERGE_PATCH)
    @Operation(operationId = "patch{Type}", summary = "Change some fields of a {item}",
            description = "A JSON Merge Patch (RFC 7396) over the {item} as editors write it (see {Type}Write): "
                    + "members replace, null removes. Needs `If-Match` with its current ETag. Editors only.")
    @RequestBody(content = @Content(mediaType = ApiDefinition.MERGE_PATCH, schema = @Schema(ref = "{Type}Patch"),
            examples = @ExampleObject(name = "correct-summary", value = "{\"summary\": \"A corrected summary.\"}")))
    @APIResponse(responseCode = "200", description = "The {item} as stored now, with its new `ETag`.",
            headers = { @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.CONTENT_LANGUAGE) })
    @APIResponse(ref = ApiDefinition.UNKNOWN_REFERENCE)
    public RestResponse<D> patch(
            @Parameter(description = "{Item} id.", example = "{example}") @RestPath String id,
            @Parameter(ref = ApiDefinition.IF_MATCH) @RestHeader("If-Match") String ifMatch,
            JsonNode patch) {
        return edits().patch(id, patch, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(operationId = "delete{Type}", summary = "Delete a {item}",
            description = "Deletes the {item}; `/api/v1/changes` reports a tombstone. Needs `If-Match` with its "
                    + "current ETag. Editors only.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(
            @Parameter(description = "{Item} id.", example = "{example}") @RestPath String id,
            @Parameter(ref = ApiDefinition.IF_MATCH) @RestHeader("If-Match") String ifMatch) {
        edits().delete(id, ifMatch);
    }

    @PUT
    @Path("/{id}/translations/{lang}")
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "translate{Type}", summary = "Set a {item}'s translation",
            description = "Sets the title and summary in one language (both null removes the translation). Needs "
                    + "`If-Match` with the {item}'s current ETag. Editors only.")
    @APIResponse(responseCode = "200", description = "The {item} as stored now (in English), with its new `ETag`.",
            headers = { @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.CONTENT_LANGUAGE) })
    public RestResponse<D> translate(
            @Parameter(description = "{Item} id.", example = "{example}") @RestPath String id,
            @Parameter(description = "Language of the translation.", schema = @Schema(enumeration = { "zh", "mn" }))
            @RestPath String lang,
            @Parameter(ref = ApiDefinition.IF_MATCH) @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull TranslationDto body) {
        return edits().translate(id, lang, body, ifMatch);
    }
}
