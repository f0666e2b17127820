package org.ilo.cnmn.pressrelease;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.content.ContentEdits;
import org.ilo.cnmn.platform.openapi.ApiDefinition;
import org.ilo.cnmn.platform.security.Editors;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.params.LanguageParams;
import org.ilo.cnmn.platform.params.PageParams;
import org.ilo.cnmn.platform.paging.Page;
import org.ilo.cnmn.content.PublishedRequests;
import org.ilo.cnmn.content.TranslationDto;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/press-releases")
@Tag(name = "Press releases")
@Produces(MediaType.APPLICATION_JSON)
public class PressReleaseResource {

    @Inject PressReleaseService pressReleases;
    @Inject PressReleaseContent content;
    @Inject ContentEdits edits;
    @Inject IloConfig config;

    @GET
    @Operation(summary = "List press releases",
            description = "Press releases matching all given filters, keyset-paged. Default order: newest first; "
                    + "with `q`, best match first.")
    @APIResponse(responseCode = "200", description = "One page of press releases.", headers = {
            @Header(ref = ApiDefinition.LINK), @Header(ref = ApiDefinition.ETAG),
            @Header(ref = ApiDefinition.LAST_MODIFIED), @Header(ref = ApiDefinition.CACHE_CONTROL),
            @Header(ref = ApiDefinition.CONTENT_LANGUAGE) })
    public RestResponse<Page<PressReleaseDto>> listPressReleases(
            @BeanParam PressReleaseQueryParams filters,
            @Parameter(description = "Comma-separated sort keys among publishedOn, title, lastUpdated and, with `q`, "
                    + "relevance; prefix '-' for descending. Ties break on id.",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "-publishedOn"))
            @RestQuery String sort,
            @Parameter(description = "Facets to count over the whole filtered list: country, theme, year "
                    + "(repeat or comma-separate).")
            @RestQuery List<String> facets,
            @BeanParam PageParams page, @BeanParam LanguageParams languages, UriInfo uri) {
        return PublishedRequests.list(pressReleases, filters, sort, facets, page, languages, uri, config);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a press release", description = "One press release with its countries, themes and related projects.")
    @APIResponse(responseCode = "200", description = "The press release.", headers = {
            @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.LAST_MODIFIED),
            @Header(ref = ApiDefinition.CACHE_CONTROL), @Header(ref = ApiDefinition.CONTENT_LANGUAGE) })
    public RestResponse<PressReleaseDto> getPressRelease(
            @Parameter(description = "Press release id.", example = "score-zhejiang-scaling-up") @RestPath String id,
            @BeanParam LanguageParams languages) {
        return PublishedRequests.get(pressReleases, "press release", id, languages);
    }

    @POST
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a press release",
            description = "Creates a press release from its English texts, links given by id, and optional translations. "
                    + "Without `id`, one is derived from the title. Editors only.")
    @APIResponse(responseCode = "201", description = "Created; `Location` is its URL, `ETag` its validator.",
            headers = { @Header(ref = ApiDefinition.LOCATION), @Header(ref = ApiDefinition.ETAG),
                    @Header(ref = ApiDefinition.CONTENT_LANGUAGE) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressReleaseDto.class)))
    @APIResponse(ref = ApiDefinition.CONFLICT)
    @APIResponse(ref = ApiDefinition.UNKNOWN_REFERENCE)
    public RestResponse<PressReleaseDto> createPressRelease(@Valid @NotNull PressReleaseWrite body, UriInfo uri) {
        return edits.create(content, body, uri, PressReleaseDto::id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a press release",
            description = "Replaces the press release with the body (absent optional fields become null or empty). "
                    + "Needs `If-Match` with its current ETag. Editors only.")
    @APIResponse(responseCode = "200", description = "The press release as stored now, with its new `ETag`.",
            headers = { @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.CONTENT_LANGUAGE) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressReleaseDto.class)))
    @APIResponse(ref = ApiDefinition.UNKNOWN_REFERENCE)
    public RestResponse<PressReleaseDto> replacePressRelease(
            @Parameter(description = "Press release id.", example = "score-zhejiang-scaling-up") @RestPath String id,
            @Parameter(ref = ApiDefinition.IF_MATCH) @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull PressReleaseWrite body) {
        return edits.replace(content, id, body, ifMatch);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Consumes(ApiDefinition.MERGE_PATCH)
    @Operation(summary = "Change some fields of a press release",
            description = "A JSON Merge Patch (RFC 7396) over the press release as editors write it (see PressReleaseWrite): "
                    + "members replace, null removes. Needs `If-Match` with its current ETag. Editors only.")
    @RequestBody(content = @Content(mediaType = ApiDefinition.MERGE_PATCH,
            schema = @Schema(implementation = PressReleasePatch.class),
            examples = @ExampleObject(name = "correct-summary", value = "{\"summary\": \"A corrected summary.\"}")))
    @APIResponse(responseCode = "200", description = "The press release as stored now, with its new `ETag`.",
            headers = { @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.CONTENT_LANGUAGE) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressReleaseDto.class)))
    @APIResponse(ref = ApiDefinition.UNKNOWN_REFERENCE)
    public RestResponse<PressReleaseDto> patchPressRelease(
            @Parameter(description = "Press release id.", example = "score-zhejiang-scaling-up") @RestPath String id,
            @Parameter(ref = ApiDefinition.IF_MATCH) @RestHeader("If-Match") String ifMatch,
            JsonNode patch) {
        return edits.patch(content, id, patch, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(summary = "Delete a press release",
            description = "Deletes the press release; `/api/v1/changes` reports a tombstone. Needs `If-Match` with its "
                    + "current ETag. Editors only.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deletePressRelease(
            @Parameter(description = "Press release id.", example = "score-zhejiang-scaling-up") @RestPath String id,
            @Parameter(ref = ApiDefinition.IF_MATCH) @RestHeader("If-Match") String ifMatch) {
        edits.delete(content, id, ifMatch);
    }

    @PUT
    @Path("/{id}/translations/{lang}")
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a press release's translation",
            description = "Sets the title and summary in one language (both null removes the translation). Needs "
                    + "`If-Match` with the press release's current ETag. Editors only.")
    @APIResponse(responseCode = "200", description = "The press release as stored now (in English), with its new `ETag`.",
            headers = { @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.CONTENT_LANGUAGE) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressReleaseDto.class)))
    public RestResponse<PressReleaseDto> translatePressRelease(
            @Parameter(description = "Press release id.", example = "score-zhejiang-scaling-up") @RestPath String id,
            @Parameter(description = "Language of the translation.", schema = @Schema(enumeration = { "zh", "mn" }))
            @RestPath String lang,
            @Parameter(ref = ApiDefinition.IF_MATCH) @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull TranslationDto body) {
        return edits.translate(content, id, lang, body, ifMatch);
    }
}
