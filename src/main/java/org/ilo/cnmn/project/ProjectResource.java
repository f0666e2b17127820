package org.ilo.cnmn.project;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.content.ContentEdits;
import org.ilo.cnmn.content.ItemResource;
import org.ilo.cnmn.content.PublishedReads;
import org.ilo.cnmn.content.PublishedRequests;
import org.ilo.cnmn.platform.openapi.ApiDefinition;
import org.ilo.cnmn.platform.openapi.ItemTemplates;
import org.ilo.cnmn.platform.params.LanguageParams;
import org.ilo.cnmn.platform.params.PageParams;
import org.ilo.cnmn.platform.paging.Page;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/projects")
@Tag(name = "Projects", extensions = @Extension(name = ItemTemplates.ITEM, parseValue = true,
        value = "{\"noun\": \"project\", \"example\": \"score-phase-3-china\", \"parts\": "
                + "\"countries, funders, themes, partners and related press releases\"}"))
public class ProjectResource extends ItemResource<ProjectWrite, ProjectDto> {

    @Inject ProjectService projects;
    @Inject ProjectContent content;
    @Inject ContentEdits edits;
    @Inject IloConfig config;

    @GET
    @Operation(summary = "List projects",
            description = "Projects matching all given filters, keyset-paged. Default order: newest start date "
                    + "first; with `q`, relevance: projects whose title alone matches first, then the others, each "
                    + "tier newest first.")
    @APIResponse(responseCode = "200", description = "One page of projects.",
            headers = @Header(ref = ApiDefinition.CONTENT_LANGUAGE))
    public RestResponse<Page<ProjectDto>> listProjects(
            @BeanParam ProjectQueryParams filters,
            @Parameter(description = "Comma-separated sort keys among startDate, endDate, title, lastUpdated and, "
                    + "with `q`, relevance; prefix '-' for descending. Ties break on id.",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "-startDate"))
            @RestQuery String sort,
            @Parameter(description = "Facets to count over the whole filtered list: country, funder, theme, status "
                    + "(repeat or comma-separate).")
            @RestQuery List<String> facets,
            @BeanParam PageParams page, @BeanParam LanguageParams languages, UriInfo uri) {
        return PublishedRequests.list(projects, filters, sort, facets, page, languages, uri, config);
    }

    @Override
    protected PublishedReads<?, ?, ProjectDto> reads() {
        return projects;
    }

    @Override
    protected ContentEdits.Items<ProjectWrite, ProjectDto> edits() {
        return edits.items(content, ProjectDto::id);
    }
}
