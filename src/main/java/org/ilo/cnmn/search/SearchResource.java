package org.ilo.cnmn.search;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.platform.paging.Page;
import org.ilo.cnmn.platform.paging.Pages;
import org.ilo.cnmn.platform.params.PageParams;
import org.ilo.cnmn.platform.params.QueryParams;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_QUERY_LENGTH = 200;

    @Inject SearchService search;
    @Inject IloConfig config;

    @GET
    @Operation(summary = "Search projects and press releases",
            description = "Full-text search with English stemming over titles and summaries of projects and press "
                    + "releases together, each hit with a short highlighted snippet. Relevance: hits whose title "
                    + "alone matches the query come first, then hits that match only with their summary (or a "
                    + "translation); within each tier the newest first (a project's start date, a press release's "
                    + "publication date), then press releases before projects, then by id. The order is total, so "
                    + "cursors never skip or repeat a hit. Where the query is expected to match more items than the "
                    + "service counts exactly (ILO_SEARCH_EXACT_TOTAL_UP_TO), `page.totalItems` is the database's "
                    + "estimate from its statistics and `page.totalItemsIsEstimate` is true.")
    @APIResponse(responseCode = "200", description = "One page of hits.")
    public RestResponse<Page<SearchHitDto>> search(
            @Parameter(required = true, description = "What to look for, in web-search syntax: words (all must match), "
                    + "\"quoted phrases\", -excluded words, OR.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "supply chains")
            @RestQuery String q,
            @Parameter(description = "Only hits of these types: project, pressRelease (repeat or comma-separate).")
            @RestQuery List<String> type,
            @BeanParam PageParams page, UriInfo uri) {
        QueryParams params = new QueryParams();
        String query = params.text("q", q, MAX_QUERY_LENGTH);
        if (q == null) {
            params.error("q", "is required");
        }
        Set<String> types = params.names("type", type, SearchService.TYPES);
        int size = page.size(params, config);
        params.throwIfInvalid();
        return Pages.ok(search.search(query, types, size, page.cursor()), uri);
    }
}
