package org.ilo.cnmn.vocabulary;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "id", "name", "description", "projectCount", "pressReleaseCount" })

@Schema(name = "Theme", description = "A theme of the office's work, used to classify projects and press releases.")
public record ThemeDto(
        @Schema(required = true, description = "Stable id (slug).", example = "social-protection") String id,
        @Schema(required = true, description = "English name.", example = "Social protection") String name,
        @Schema(required = true, description = "What the theme covers, or null.", nullable = true,
                example = "Extension and improvement of social protection benefits.") String description,
        @Schema(required = true, description = "How many projects carry this theme.", example = "1") long projectCount,
        @Schema(required = true, description = "How many press releases carry this theme.", example = "6") long pressReleaseCount) {
}
