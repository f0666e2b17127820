package org.ilo.cnmn.platform.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "limit", "totalItems", "totalItemsIsEstimate", "nextCursor" })

@Schema(description = "Where this page sits in the whole list.")
public record PageInfo(
        @Schema(required = true, description = "The page size that was applied.", example = "20")
        int limit,
        @Schema(required = true, description = "How many items match the request's filters, over all pages.", example = "10")
        long totalItems,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only where a list may estimate its total (search; lists with `q` and no other "
                + "filter): true when `totalItems` is an estimate from the database's statistics rather than a count.", example = "false")
        Boolean totalItemsIsEstimate,
        @Schema(required = true, description = "Pass as `cursor` to get the next page; null on the last page.", nullable = true,
                example = "eyJrIjpbIjIwMTgtMDQtMDEiXSwiaWQiOiJnc3AtcGx1cy1waGFzZS0yLW1vbmdvbGlhIn0.q3Vx0aZP1wqkQ2Xf3g5oXw")
        String nextCursor) {
}
