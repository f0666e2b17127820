package org.ilo.cnmn.platform.paging;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "value", "name", "count" })
@Schema(description = "How many items of the filtered list have one value of a facet.")
public record FacetValue(
        @Schema(required = true, description = "The value, as a filter parameter takes it.", example = "CN") String value,
        @Schema(required = true, description = "Its English name (the value itself for status and year).", example = "China")
        String name,
        @Schema(required = true, description = "How many items of the filtered list have it.", example = "6") long count) {
}
