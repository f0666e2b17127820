package org.ilo.cnmn.content;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "id", "name" })

@Schema(description = "A reference to a vocabulary entry (funder, theme or partner organisation).")
public record NamedRef(
        @Schema(required = true, description = "Stable id (slug).", example = "european-union") String id,
        @Schema(required = true, description = "English name.", example = "European Union") String name) {
}
