package org.ilo.cnmn.vocabulary;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "id", "name", "projectCount" })

@Schema(name = "Funder", description = "An organisation named as funding projects.")
public record FunderDto(
        @Schema(required = true, description = "Stable id (slug).", example = "european-union") String id,
        @Schema(required = true, description = "English name.", example = "European Union") String name,
        @Schema(required = true, description = "How many projects it funds or co-funds.", example = "3") long projectCount) {
}
