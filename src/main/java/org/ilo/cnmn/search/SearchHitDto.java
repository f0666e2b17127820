package org.ilo.cnmn.search;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "type", "id", "title", "date", "snippet", "score", "href" })
@Schema(name = "SearchHit", description = "A project or press release matching a search, with a highlighted snippet.")
public record SearchHitDto(
        @Schema(required = true, description = "What kind of resource matched.",
                enumeration = { "project", "pressRelease" }, example = "project") String type,
        @Schema(required = true, description = "Its id.", example = "collective-bargaining-china") String id,
        @Schema(required = true, description = "Its title.",
                example = "Rights at Work: Promoting Harmonious Labour Relations through Collective Bargaining in China")
        String title,
        @Schema(required = true, description = "A project's start date or a press release's publication date.",
                example = "2016-08-29") LocalDate date,
        @Schema(required = true, description = "A short passage around the matches, HTML-escaped, matches in <mark>.",
                example = "The project is to strengthen collective <mark>bargaining</mark> processes and institutional "
                        + "capacity for more inclusive & sound labour relations at various levels.")
        String snippet,
        @Schema(required = true, description = "Relevance tier: 2 when the title alone matches the query, 1 when the "
                + "match needs the summary or a translation. Hits are ordered by tier, then newest first.",
                example = "2") float score,
        @Schema(required = true, description = "Path of the full resource.",
                example = "/api/v1/projects/collective-bargaining-china") String href) {
}
