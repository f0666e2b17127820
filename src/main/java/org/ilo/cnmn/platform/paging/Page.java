package org.ilo.cnmn.platform.paging;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope: one page of items, where the next page starts, and facet counts if asked for. */
@JsonPropertyOrder({ "items", "page", "facets" })
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the requested order.")
        List<T> items,
        @Schema(required = true, description = "Paging information.")
        PageInfo page,
        @Schema(required = true, nullable = true,
                description = "Counts per value of each facet named in `facets`, over the whole filtered list "
                        + "(not only this page); null when no facets were requested.")
        Map<String, List<FacetValue>> facets) {
}
