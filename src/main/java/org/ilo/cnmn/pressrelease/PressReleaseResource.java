package org.ilo.cnmn.pressrelease;

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

@Path("/api/v1/press-releases")
@Tag(name = "Press releases")
@Produces(MediaType.APPLICATION_JSON)
public class PressReleaseResource {

    private final PressReleaseService pressReleases;
    private final IloConfig config;

    public PressReleaseResource(PressReleaseService pressReleases, IloConfig config) {
        this.pressReleases = pressReleases;
        this.config = config;
    }

    @GET
    @Operation(summary = "List press releases",
            description = "Press releases matching all given filters, keyset-paged. Default order: newest first; "
                    + "with `q`, best match first.")
    @APIResponse(responseCode = "200", description = "One page of press releases.", headers = {
            @Header(ref = ApiDefinition.LINK), @Header(ref = ApiDefinition.ETAG),
            @Header(ref = ApiDefinition.LAST_MODIFIED), @Header(ref = ApiDefinition.CACHE_CONTROL) })
    @APIResponse(ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(ref = ApiDefinition.INVALID_PARAMETER)
    @APIResponse(ref = ApiDefinition.NOT_ACCEPTABLE)
    @APIResponse(ref = ApiDefinition.SERVER_ERROR)
    public RestResponse<Page<PressReleaseDto>> listPressReleases(
            @BeanParam PressReleaseQueryParams filters,
            @Parameter(description = "Comma-separated sort keys among publishedOn, title, lastUpdated and, with `q`, "
                    + "relevance; prefix '-' for descending. Ties break on id.",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "-publishedOn"), example = "-publishedOn")
            @RestQuery String sort,
            @Parameter(description = "Facets to count over the whole filtered list: country, theme, year "
                    + "(repeat or comma-separate).")
            @RestQuery List<String> facets,
            @Parameter(description = "Page size, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @RestQuery String limit,
            @Parameter(description = "Opaque cursor from the previous page's `nextCursor`; only valid with the same filters and sort.")
            @RestQuery String cursor,
            UriInfo uri) {
        QueryParams params = new QueryParams();
        PressReleaseFilter filter = PressReleaseFilter.parse(params, filters);
        SortSpec order = PressReleaseService.sort(params, sort, filter);
        Set<String> facetNames = params.names("facets", facets, PressReleaseService.FACETS.keySet());
        int size = params.limit(limit, config.defaultPageSize(), config.maxPageSize());
        params.throwIfInvalid();
        return Pages.ok(pressReleases.list(filter, order, size, cursor, facetNames), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a press release", description = "One press release with its countries, themes and related projects.")
    @APIResponse(responseCode = "200", description = "The press release.", headers = {
            @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.LAST_MODIFIED),
            @Header(ref = ApiDefinition.CACHE_CONTROL) })
    @APIResponse(ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(ref = ApiDefinition.INVALID_PARAMETER)
    @APIResponse(ref = ApiDefinition.NOT_FOUND)
    @APIResponse(ref = ApiDefinition.NOT_ACCEPTABLE)
    @APIResponse(ref = ApiDefinition.SERVER_ERROR)
    public PressReleaseDto getPressRelease(@Parameter(description = "Press release id.", example = "score-zhejiang-scaling-up")
            @RestPath String id) {
        return pressReleases.find(id).orElseThrow(() -> ApiException.notFound("press release", id));
    }
}
