package org.ilo.cnmn.project;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.BeanParam;
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
            description = "Projects matching all given filters, keyset-paged. Default order: newest start date "
                    + "first; with `q`, best match first.")
    @APIResponse(responseCode = "200", description = "One page of projects.", headers = {
            @Header(ref = ApiDefinition.LINK), @Header(ref = ApiDefinition.ETAG),
            @Header(ref = ApiDefinition.LAST_MODIFIED), @Header(ref = ApiDefinition.CACHE_CONTROL) })
    @APIResponse(ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(ref = ApiDefinition.INVALID_PARAMETER)
    @APIResponse(ref = ApiDefinition.NOT_ACCEPTABLE)
    @APIResponse(ref = ApiDefinition.SERVER_ERROR)
    public RestResponse<Page<ProjectDto>> listProjects(
            @BeanParam ProjectQueryParams filters,
            @Parameter(description = "Comma-separated sort keys among startDate, endDate, title, lastUpdated and, "
                    + "with `q`, relevance; prefix '-' for descending. Ties break on id.",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "-startDate"), example = "-startDate")
            @RestQuery String sort,
            @Parameter(description = "Facets to count over the whole filtered list: country, funder, theme, status "
                    + "(repeat or comma-separate).")
            @RestQuery List<String> facets,
            @Parameter(description = "Page size, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @RestQuery String limit,
            @Parameter(description = "Opaque cursor from the previous page's `nextCursor`; only valid with the same filters and sort.")
            @RestQuery String cursor,
            UriInfo uri) {
        QueryParams params = new QueryParams();
        ProjectFilter filter = ProjectFilter.parse(params, filters);
        SortSpec order = ProjectService.sort(params, sort, filter);
        Set<String> facetNames = params.names("facets", facets, ProjectService.FACETS.keySet());
        int size = params.limit(limit, config.defaultPageSize(), config.maxPageSize());
        params.throwIfInvalid();
        return Pages.ok(projects.list(filter, order, size, cursor, facetNames), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a project", description = "One project with its countries, funders, themes, partners and related press releases.")
    @APIResponse(responseCode = "200", description = "The project.", headers = {
            @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.LAST_MODIFIED),
            @Header(ref = ApiDefinition.CACHE_CONTROL) })
    @APIResponse(ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(ref = ApiDefinition.INVALID_PARAMETER)
    @APIResponse(ref = ApiDefinition.NOT_FOUND)
    @APIResponse(ref = ApiDefinition.NOT_ACCEPTABLE)
    @APIResponse(ref = ApiDefinition.SERVER_ERROR)
    public ProjectDto getProject(@Parameter(description = "Project id.", example = "score-phase-3-china") @RestPath String id) {
        return projects.find(id).orElseThrow(() -> ApiException.notFound("project", id));
    }
}
