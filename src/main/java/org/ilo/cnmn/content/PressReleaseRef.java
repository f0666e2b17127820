package org.ilo.cnmn.content;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "id", "title", "publishedOn" })

@Schema(description = "A press release linked from another resource.")
public record PressReleaseRef(
        @Schema(required = true, description = "Id of the press release.", example = "score-zhejiang-scaling-up") String id,
        @Schema(required = true, description = "Its title.", example = "SCORE Project Scalling up in Zhejiang Province") String title,
        @Schema(required = true, description = "Publication date.", example = "2018-05-17") LocalDate publishedOn) {
}
