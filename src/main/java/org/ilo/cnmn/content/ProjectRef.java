package org.ilo.cnmn.content;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "id", "title" })

@Schema(description = "A project linked from another resource.")
public record ProjectRef(
        @Schema(required = true, description = "Id of the project.", example = "score-phase-3-china") String id,
        @Schema(required = true, description = "Its title.", example = "Sustaining Competitive and Responsible Enterprises (SCORE) Phase III - China")
        String title) {
}
