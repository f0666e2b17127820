package org.ilo.cnmn.project;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.common.ApiDefinition;
import org.ilo.cnmn.common.ApiException;
import org.ilo.cnmn.common.Page;
import org.ilo.cnmn.common.Pages;
import org.ilo.cnmn.common.QueryParams;
import org.ilo.cnmn.common.SortSpec;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/projects")
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private final ProjectService projects;
    private final IloConfig config;

    public ProjectResource(ProjectService projects, IloConfig config) {
        this.projects = projects;
        this.config = config;
    }

    @GET
    @Operation(summary = "List projects",
            description = "Projects matching all given filters, keyset-paged. Default order: newest start date first.")
    @APIResponse(responseCode = "200", description = "One page of projects.", headers = @Header(ref = ApiDefinition.LINK))
    @APIResponse(ref = ApiDefinition.INVALID_PARAMETER)
    @APIResponse(ref = ApiDefinition.NOT_ACCEPTABLE)
    @APIResponse(ref = ApiDefinition.SERVER_ERROR)
    public RestResponse<Page<ProjectDto>> listProjects(
            @Parameter(description = "ISO 3166-1 alpha-2 country code; repeat (`country=CN&country=MN`) "
                    + "or comma-separate (`country=CN,MN`) for any of several.")
            @RestQuery List<String> country,
            @Parameter(description = "Funder id (see /api/v1/funders); repeat or comma-separate for any of several.")
            @RestQuery List<String> funder,
            @Parameter(description = "Theme id (see /api/v1/themes); repeat or comma-separate for any of several.")
            @RestQuery List<String> theme,
            @Parameter(description = "Status: planned, active, completed, cancelled or suspended; "
                    + "repeat or comma-separate for any of several.")
            @RestQuery List<String> status,
            @Parameter(description = "Comma-separated sort keys among startDate, endDate, title, lastUpdated; "
                    + "prefix '-' for descending. Ties break on id.",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "-startDate"), example = "-startDate")
            @RestQuery String sort,
            @Parameter(description = "Page size, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @RestQuery String limit,
            @Parameter(description = "Opaque cursor from the previous page's `nextCursor`; only valid with the same filters and sort.")
            @RestQuery String cursor,
            UriInfo uri) {
        QueryParams params = new QueryParams();
        ProjectFilter filter = ProjectFilter.parse(params, country, funder, theme, status);
        SortSpec<ProjectView> order = ProjectService.sort(params, sort);
        int size = params.limit(limit, config.defaultPageSize(), config.maxPageSize());
        params.throwIfInvalid();
        return Pages.ok(projects.list(filter, order, size, cursor), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a project", description = "One project with its countries, funders, themes, partners and related press releases.")
    @APIResponse(responseCode = "200", description = "The project.")
    @APIResponse(ref = ApiDefinition.INVALID_PARAMETER)
    @APIResponse(ref = ApiDefinition.NOT_FOUND)
    @APIResponse(ref = ApiDefinition.NOT_ACCEPTABLE)
    @APIResponse(ref = ApiDefinition.SERVER_ERROR)
    public ProjectDto getProject(@Parameter(description = "Project id.", example = "score-phase-3-china") @RestPath String id) {
        return projects.find(id).orElseThrow(() -> ApiException.notFound("project", id));
    }
}
