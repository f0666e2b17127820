package org.ilo.cnmn.audit;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.platform.openapi.ApiDefinition;
import org.ilo.cnmn.platform.paging.Page;
import org.ilo.cnmn.platform.paging.Pages;
import org.ilo.cnmn.platform.params.PageParams;
import org.ilo.cnmn.platform.params.QueryParams;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final Set<String> TYPES = Set.of("project", "pressRelease", "office");

    @Inject AuditService audit;
    @Inject IloConfig config;

    @GET
    @RolesAllowed(ApiDefinition.EDITOR)
    @SecurityRequirement(name = ApiDefinition.BEARER)
    @Operation(summary = "List the audit trail",
            description = "Every write with its editor, time, action and the record before and after, newest first. "
                    + "Editors only.")
    @APIResponse(responseCode = "200", description = "One page of audit entries.")
    public RestResponse<Page<AuditEntryDto>> listAudit(
            @Parameter(description = "Only entries about records of this type: project, pressRelease, office.",
                    schema = @Schema(enumeration = { "project", "pressRelease", "office" }))
            @RestQuery String type,
            @Parameter(description = "Only entries about the record with this id (use with `type`), for example "
                    + "`score-phase-3-china`.")
            @RestQuery String id,
            @Parameter(description = "Only entries written by this editor (the token subject), for example `alice`.")
            @RestQuery String editor,
            @BeanParam PageParams page, UriInfo uri) {
        QueryParams params = new QueryParams();
        String recordType = params.names("type", type == null ? null : List.of(type), TYPES).stream()
                .findFirst().orElse(null);
        String recordId = params.text("id", id, 120);
        String editorName = params.text("editor", editor, 200);
        int size = page.size(params, config);
        params.throwIfInvalid();
        // Not public data: no shared cache may keep it.
        return RestResponse.ResponseBuilder.fromResponse(Pages.ok(audit.list(recordType, recordId, editorName, size,
                page.cursor()), uri)).header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }
}
