package org.ilo.cnmn.office;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.content.ContentEdits;
import org.ilo.cnmn.platform.openapi.ApiDefinition;
import org.ilo.cnmn.platform.security.Editors;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.params.LanguageParams;
import org.ilo.cnmn.platform.params.QueryParams;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/office")
@Tag(name = "Office")
@Produces(MediaType.APPLICATION_JSON)
public class OfficeResource {

    @Inject OfficeContent office;
    @Inject ContentEdits edits;

    @GET
    @Operation(summary = "Get the office profile",
            description = "About the office, the countries it covers, its focus areas, constituents and partners, "
                    + "the UN frameworks in China and Mongolia, and its director.")
    @APIResponse(responseCode = "200", description = "The office profile.",
            headers = @Header(ref = ApiDefinition.CONTENT_LANGUAGE))
    public RestResponse<OfficeDto> getOffice(@BeanParam LanguageParams languages) {
        QueryParams params = new QueryParams();
        Language language = languages.language(params);
        params.throwIfInvalid();
        return RestResponse.ResponseBuilder.ok(office.get(language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }

    @PUT
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the office profile",
            description = "Replaces the profile with the body. Needs `If-Match` with its current ETag. Editors only.")
    @APIResponse(responseCode = "200", description = "The profile as stored now, with its new `ETag`.",
            headers = { @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.CONTENT_LANGUAGE) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficeDto.class)))
    @APIResponse(ref = ApiDefinition.UNKNOWN_REFERENCE)
    public RestResponse<OfficeDto> replaceOffice(
            @Parameter(ref = ApiDefinition.IF_MATCH) @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull OfficeWrite body) {
        return edits.update(office, Office.ID, ifMatch, current -> body);
    }
}
