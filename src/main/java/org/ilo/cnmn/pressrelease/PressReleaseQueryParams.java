package org.ilo.cnmn.pressrelease;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The filter parameters of press release lists and exports, as the client sends them. */
public class PressReleaseQueryParams {

    @RestQuery
    @Parameter(description = "Only releases published on or after this day. Example: `2018-01-01`.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String from;

    @RestQuery
    @Parameter(description = "Only releases published on or before this day. Example: `2018-06-30`.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String to;

    @RestQuery
    @Parameter(description = "Publication year. Example: `2018`.",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2999"))
    String year;

    @RestQuery
    @Parameter(description = "ISO 3166-1 alpha-2 country code; repeat (`country=CN&country=MN`) "
            + "or comma-separate (`country=CN,MN`) for any of several.")
    List<String> country;

    @RestQuery
    @Parameter(description = "Theme id (see /api/v1/themes); repeat or comma-separate for any of several.")
    List<String> theme;

    @RestQuery
    @Parameter(description = "Id of a project the release is about; repeat or comma-separate for any of several.")
    List<String> project;

    @RestQuery
    @Parameter(description = "Full-text search over title and summary with English stemming, in web-search syntax: "
            + "words (all must match), \"quoted phrases\", -excluded words, OR. Without `sort`, title matches first, then newest. Example: `SCORE training`.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    String q;

    @RestQuery
    @Parameter(description = "Only releases whose representation changed at or after this instant (RFC 3339). Example: `2026-11-01T00:00:00Z`.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String updatedSince;
}
