package org.ilo.cnmn.changes;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "items", "nextToken", "hasMore" })
@Schema(name = "ChangeFeed", description = "Changes after a token, oldest first, in commit order.")
public record ChangeFeedDto(
        @Schema(required = true, description = "The changes, oldest first.") List<ChangeDto> items,
        @Schema(required = true, description = "Pass as `since` next time: the position after the last item "
                + "(the same position when there was nothing new). Store it only after processing the items.",
                example = "eyJkIjoiNGYxYyIsInMiOjMwfQ.2xYf0Tfq0V7cO2S9A0n1Tw") String nextToken,
        @Schema(required = true, description = "Whether more changes are waiting; if so, call again at once.",
                example = "false") boolean hasMore) {
}
