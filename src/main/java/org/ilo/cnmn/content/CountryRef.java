package org.ilo.cnmn.content;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "code", "name" })

@Schema(description = "A country, by ISO 3166-1 alpha-2 code.")
public record CountryRef(
        @Schema(required = true, description = "ISO 3166-1 alpha-2 code.", example = "MN") String code,
        @Schema(required = true, description = "English short name.", example = "Mongolia") String name) {
}
