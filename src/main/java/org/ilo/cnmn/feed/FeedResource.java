package org.ilo.cnmn.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.platform.caching.ConditionalRequests;
import org.ilo.cnmn.platform.params.QueryParams;
import org.ilo.cnmn.pressrelease.PressReleaseFilter;
import org.ilo.cnmn.pressrelease.PressReleaseQueryParams;
import org.ilo.cnmn.pressrelease.PressReleaseService;

@Path("/api/v1/feeds")
@Tag(name = "Feeds")
public class FeedResource {

    static final String EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <id>tag:ilo.org,2026:cn-mn/press-releases</id>
              <title>ILO Country Office for China and Mongolia – press releases</title>
              <updated>2026-11-23T15:03:28.403663Z</updated>
              <link rel="self" type="application/atom+xml"
                    href="https://api.example.org/api/v1/feeds/press-releases.atom"/>
              <link rel="alternate" type="application/json" href="https://api.example.org/api/v1/press-releases"/>
              <author><name>ILO Country Office for China and Mongolia</name></author>
              <entry>
                <id>tag:ilo.org,2026:cn-mn/press-releases/score-zhejiang-scaling-up</id>
                <title>SCORE Project Scalling up in Zhejiang Province</title>
                <updated>2026-11-23T15:03:28.403663Z</updated>
                <published>2018-05-17T00:00:00Z</published>
                <summary>The ILO, NCICS and Zhejiang AWS jointly launched a pilot training project.</summary>
                <link rel="alternate" type="application/json"
                      href="https://api.example.org/api/v1/press-releases/score-zhejiang-scaling-up"/>
                <category scheme="https://api.example.org/api/v1/themes" term="occupational-safety-health"
                          label="Occupational safety and health"/>
              </entry>
            </feed>
            """;

    @Inject FeedService feeds;
    @Inject PressReleaseService pressReleases;

    @GET
    @Path("/press-releases.atom")
    @Produces(FeedService.ATOM)
    @Operation(summary = "Press release feed (Atom)",
            description = "The " + FeedService.SIZE + " newest press releases matching the filters (the list filters "
                    + "of /api/v1/press-releases), newest first even with `q`, as an RFC 4287 Atom feed for feed "
                    + "readers; for example `?country=MN` for news about Mongolia. Feed and entry ids are tag URIs "
                    + "that never change, so an edited release updates its entry instead of appearing twice. Each "
                    + "entry links to its JSON representation and lists its themes as categories.")
    @APIResponse(responseCode = "200", description = "The Atom feed.",
            content = @Content(mediaType = FeedService.ATOM, schema = @Schema(type = SchemaType.STRING,
                    example = EXAMPLE)))
    public Response pressReleasesFeed(@BeanParam PressReleaseQueryParams filters, UriInfo uri) {
        QueryParams params = new QueryParams();
        PressReleaseFilter filter = pressReleases.filter(params, filters);
        params.throwIfInvalid();
        FeedService.Feed feed = feeds.pressReleases(filter, uri.getBaseUri(), uri.getRequestUri());
        // The validator filter hashes JSON bodies only, so an XML body brings its own validators.
        return Response.ok(feed.body(), FeedService.ATOM)
                .header(HttpHeaders.ETAG, ConditionalRequests.etag(feed.body()))
                .header(HttpHeaders.LAST_MODIFIED, ConditionalRequests.httpDate(feed.updated()))
                .build();
    }
}
