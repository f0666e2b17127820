package org.ilo.cnmn.project;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The filter parameters of project lists and exports, as the client sends them. */
public class ProjectQueryParams {

    @RestQuery
    @Parameter(description = "ISO 3166-1 alpha-2 country code; repeat (`country=CN&country=MN`) "
            + "or comma-separate (`country=CN,MN`) for any of several.")
    List<String> country;

    @RestQuery
    @Parameter(description = "Funder id (see /api/v1/funders); repeat or comma-separate for any of several.")
    List<String> funder;

    @RestQuery
    @Parameter(description = "Theme id (see /api/v1/themes); repeat or comma-separate for any of several.")
    List<String> theme;

    @RestQuery
    @Parameter(description = "Status: planned, active, completed, cancelled or suspended; "
            + "repeat or comma-separate for any of several.")
    List<String> status;

    @RestQuery
    @Parameter(description = "Only projects running on this day (both ends of a project's period count). Example: `2019-06-30`.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String activeOn;

    @RestQuery
    @Parameter(description = "Only projects whose period overlaps [from, to]; the start of that range. Example: `2019-01-01`.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String from;

    @RestQuery
    @Parameter(description = "Only projects whose period overlaps [from, to]; the end of that range (inclusive). Example: `2019-12-31`.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String to;

    @RestQuery
    @Parameter(description = "Full-text search over title and summary with English stemming, in web-search syntax: "
            + "words (all must match), \"quoted phrases\", -excluded words, OR. Without `sort`, title matches first, then newest. Example: `collective bargaining`.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    String q;

    @RestQuery
    @Parameter(description = "Only projects whose representation changed at or after this instant (RFC 3339). Example: `2026-11-01T00:00:00Z`.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String updatedSince;
}
