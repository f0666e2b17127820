package org.ilo.cnmn.export;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.content.PublishedReads;
import org.ilo.cnmn.export.ExportService.Format;
import org.ilo.cnmn.platform.openapi.ApiDefinition;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.caching.ConditionalRequests;
import org.ilo.cnmn.platform.problem.Problem;
import org.ilo.cnmn.platform.problem.ProblemType;
import org.ilo.cnmn.platform.params.QueryParams;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.pressrelease.PressReleaseQueryParams;
import org.ilo.cnmn.pressrelease.PressReleaseService;
import org.ilo.cnmn.project.ProjectFilter;
import org.ilo.cnmn.project.ProjectQueryParams;
import org.ilo.cnmn.project.ProjectService;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/exports")
@Tag(name = "Exports")
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8; header=present";
    static final String NDJSON = "application/x-ndjson";
    static final String XML = MediaType.APPLICATION_XML;
    static final String SORT = "Row order, as `sort` of the corresponding list (default: that list's default order).";

    @Inject ExportService exports;
    @Inject IatiExportService iati;
    @Inject ProjectService projects;
    @Inject PressReleaseService pressReleases;

    @GET
    @Path("/projects.csv")
    @Produces(CSV)
    @Operation(summary = "Export projects as CSV",
            description = "Every project matching the filters (the list filters of /api/v1/projects), streamed as "
                    + "RFC 4180 CSV with a header row; multi-valued fields are joined with `;`.")
    @APIResponse(responseCode = "200", description = "The CSV file.",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                    example = "id,title,summary,startDate,endDate,status,countries,countryNames,region,funders,...\r\n")),
            headers = @Header(ref = ApiDefinition.CONTENT_DISPOSITION))
    public Response exportProjectsCsv(@BeanParam ProjectQueryParams filters,
            @Parameter(description = SORT) @RestQuery String sort) {
        return export(projects, ExportService.PROJECTS, Format.CSV, filters, sort);
    }

    @GET
    @Path("/projects.ndjson")
    @Produces(NDJSON)
    @Operation(summary = "Export projects as NDJSON",
            description = "Every project matching the filters (the list filters of /api/v1/projects), streamed one JSON "
                    + "object per line, each exactly as GET /api/v1/projects/{id} answers it.")
    @APIResponse(responseCode = "200", description = "Newline-delimited JSON, one Project per line.",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    example = "{\"id\":\"universal-social-protection-china\",...}\n")),
            headers = @Header(ref = ApiDefinition.CONTENT_DISPOSITION))
    public Response exportProjectsNdjson(@BeanParam ProjectQueryParams filters,
            @Parameter(description = SORT) @RestQuery String sort) {
        return export(projects, ExportService.PROJECTS, Format.NDJSON, filters, sort);
    }

    @GET
    @Path("/press-releases.csv")
    @Produces(CSV)
    @Operation(summary = "Export press releases as CSV",
            description = "Every press release matching the filters (the list filters of /api/v1/press-releases), "
                    + "streamed as RFC 4180 CSV with a header row; multi-valued fields are joined with `;`.")
    @APIResponse(responseCode = "200", description = "The CSV file.",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                    example = "id,title,publishedOn,summary,imageCredit,countries,countryNames,themes,...\r\n")),
            headers = @Header(ref = ApiDefinition.CONTENT_DISPOSITION))
    public Response exportPressReleasesCsv(@BeanParam PressReleaseQueryParams filters,
            @Parameter(description = SORT) @RestQuery String sort) {
        return export(pressReleases, ExportService.PRESS_RELEASES, Format.CSV, filters, sort);
    }

    @GET
    @Path("/press-releases.ndjson")
    @Produces(NDJSON)
    @Operation(summary = "Export press releases as NDJSON",
            description = "Every press release matching the filters (the list filters of /api/v1/press-releases), "
                    + "streamed one JSON object per line, each exactly as GET /api/v1/press-releases/{id} answers it.")
    @APIResponse(responseCode = "200", description = "Newline-delimited JSON, one PressRelease per line.",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    example = "{\"id\":\"future-of-work-in-china\",...}\n")),
            headers = @Header(ref = ApiDefinition.CONTENT_DISPOSITION))
    public Response exportPressReleasesNdjson(@BeanParam PressReleaseQueryParams filters,
            @Parameter(description = SORT) @RestQuery String sort) {
        return export(pressReleases, ExportService.PRESS_RELEASES, Format.NDJSON, filters, sort);
    }

    @GET
    @Path("/iati-activities.xml")
    @Produces(XML)
    @Operation(summary = "Export projects as IATI activities",
            description = "Every project matching the filters (the list filters of /api/v1/projects) as an IATI 2.03 "
                    + "`iati-activities` file, valid against the official schema, reported by the ILO (XM-DAC-41302). "
                    + "Per project: identifier `XM-DAC-41302-CN-MN-{id}`, title, description (the summary), funders "
                    + "(role 1) and the ILO as implementer (role 4), status, planned and actual dates, recipient "
                    + "countries or region, and themes as sectors of vocabulary 99 (`vocabulary-uri` /api/v1/themes). "
                    + "No budgets or transactions: the data holds none.")
    @APIResponse(responseCode = "200", description = "The IATI XML file.",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING, example = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <iati-activities version="2.03" generated-datetime="2026-11-23T15:27:19Z">
                      <iati-activity last-updated-datetime="2026-11-22T10:15:30Z" xml:lang="en">
                        <iati-identifier>XM-DAC-41302-CN-MN-universal-social-protection-china</iati-identifier>
                        ...
                      </iati-activity>
                    </iati-activities>
                    """)),
            headers = @Header(ref = ApiDefinition.CONTENT_DISPOSITION))
    @APIResponse(responseCode = "404", description = "No project matches the filters; an IATI file must hold at "
            + "least one activity.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportIatiActivities(@BeanParam ProjectQueryParams filters, UriInfo uri) {
        Selection<ProjectFilter> rows = select(projects, filters, null);
        if (!iati.matchesAny(rows.filter(), rows.order())) {
            throw new ApiException(ProblemType.NOT_FOUND, "No project matches the filters, and an IATI file "
                    + "must hold at least one activity.");
        }
        URI themes = uri.getBaseUriBuilder().path("api/v1/themes").build();
        Instant now = Instant.now();
        // The ETag stands for the activities (generated-datetime only says when a copy was written), which
        // also depend on the day (actual dates) and on the server's address (vocabulary-uri).
        String identity = rows.identity() + LocalDate.ofInstant(now, ZoneOffset.UTC) + themes;
        return file("iati-activities", "xml", XML, identity,
                output -> iati.write(rows.filter(), rows.order(), themes, now, output));
    }

    /** The rows a request selects, checked, and what identifies them: their fingerprint, filter and order. */
    private record Selection<F>(F filter, SortSpec order, String identity) {
    }

    private static <Q, F extends PublishedReads.Filter> Selection<F> select(PublishedReads<Q, F, ?> reads, Q filters,
            String sort) {
        QueryParams params = new QueryParams();
        F filter = reads.filter(params, filters);
        SortSpec order = reads.sort(params, sort, filter);
        params.throwIfInvalid();
        return new Selection<>(filter, order, reads.fingerprint(filter) + filter + order.canonical());
    }

    private <Q, F extends PublishedReads.Filter, D> Response export(PublishedReads<Q, F, D> reads,
            ExportService.Kind<D> kind, Format format, Q filters, String sort) {
        Selection<F> rows = select(reads, filters, sort);
        return file(kind.name(), format.extension, format.mediaType, rows.identity(),
                output -> exports.write(format, reads, kind, rows.filter(), rows.order(), output));
    }

    /** A streamed file whose strong ETag comes from a fingerprint of the rows it will contain. */
    private static Response file(String name, String extension, String type, String identity, StreamingOutput body) {
        String fileName = "ilo-cnmn-" + name + "-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
        return Response.ok(body, type)
                .header(HttpHeaders.ETAG, ConditionalRequests.etag(extension + ":" + identity))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
