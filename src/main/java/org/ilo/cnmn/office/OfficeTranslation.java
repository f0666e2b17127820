package org.ilo.cnmn.office;

import java.util.List;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The office's texts in one language. Lists follow the English ones by position; a null field or
 * element is served in English.
 */
@JsonPropertyOrder({ "name", "about", "focusAreas", "constituents", "unFrameworks", "directorRole" })
@Schema(name = "OfficeTranslation", description = "The office's texts in one language; null fields or list elements "
        + "fall back to English. Lists follow the English lists by position.")
public record OfficeTranslation(
        @Size(max = 200) @Schema(nullable = true, description = "Name.", example = "国际劳工组织中国和蒙古局") String name,
        @Schema(nullable = true, description = "About, paragraph by paragraph.")
        List<@Size(max = 5_000) String> about,
        @Schema(nullable = true, description = "Focus area descriptions, in the order of focusAreas.")
        List<@Size(max = 1_000) String> focusAreas,
        @Schema(nullable = true, description = "Constituents, in the order of constituents.")
        List<@Size(max = 300) String> constituents,
        @Schema(nullable = true, description = "UN frameworks, in the order of unFrameworks.")
        List<FrameworkText> unFrameworks,
        @Size(max = 300) @Schema(nullable = true, description = "The director's role.") String directorRole) {

    @JsonPropertyOrder({ "name", "summary", "priorityAreas" })
    @Schema(name = "FrameworkTranslation", description = "A UN framework's texts in one language.")
    public record FrameworkText(
            @Size(max = 300) @Schema(nullable = true, description = "Name.") String name,
            @Size(max = 5_000) @Schema(nullable = true, description = "Summary.") String summary,
            @Schema(nullable = true, description = "Priority areas, in the English order.")
            List<@Size(max = 500) String> priorityAreas) {
    }

    /** Element {@code i} of {@code translated}, or {@code english} when there is none. */
    static String at(List<String> translated, int i, String english) {
        return translated != null && i < translated.size() && translated.get(i) != null ? translated.get(i) : english;
    }
}
