package org.ilo.cnmn.vocabulary;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "code", "name", "projectCount", "pressReleaseCount" })

@Schema(name = "Country", description = "A country that projects or press releases can refer to.")
public record CountryDto(
        @Schema(required = true, description = "ISO 3166-1 alpha-2 code.", example = "MN") String code,
        @Schema(required = true, description = "English short name.", example = "Mongolia") String name,
        @Schema(required = true, description = "How many projects work in this country.", example = "3") long projectCount,
        @Schema(required = true, description = "How many press releases concern this country.", example = "5") long pressReleaseCount) {
}
