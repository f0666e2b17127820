package org.ilo.cnmn.office;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
        @Schema(nullable = true, description = "About, paragraph by paragraph.", type = SchemaType.ARRAY,
                implementation = OptionalText.class)
        List<@Size(max = 5_000) String> about,
        @Schema(nullable = true, description = "Focus area descriptions, in the order of focusAreas.",
                type = SchemaType.ARRAY, implementation = OptionalText.class)
        List<@Size(max = 1_000) String> focusAreas,
        @Schema(nullable = true, description = "Constituents, in the order of constituents.",
                type = SchemaType.ARRAY, implementation = OptionalText.class)
        List<@Size(max = 300) String> constituents,
        @Schema(nullable = true, description = "UN frameworks, in the order of unFrameworks (null elements fall "
                + "back to English).", type = SchemaType.ARRAY, implementation = FrameworkText.class)
        List<FrameworkText> unFrameworks,
        @Size(max = 300) @Schema(nullable = true, description = "The director's role.") String directorRole) {

    /** Blank texts are no translation: they fall back to English like missing ones. */
    public OfficeTranslation {
        name = blankToNull(name);
        directorRole = blankToNull(directorRole);
        about = blanksToNull(about);
        focusAreas = blanksToNull(focusAreas);
        constituents = blanksToNull(constituents);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static List<String> blanksToNull(List<String> texts) {
        return texts == null ? null : texts.stream().map(OfficeTranslation::blankToNull).collect(Collectors.toList());
    }

    /** Documents list elements that may be null (they fall back to English); never instantiated. */
    @Schema(name = "OptionalText", type = SchemaType.STRING, nullable = true,
            description = "A translated text, or null to fall back to the English one at the same position.")
    private static final class OptionalText {
    }

    @JsonPropertyOrder({ "name", "summary", "priorityAreas" })
    @Schema(name = "FrameworkTranslation", description = "A UN framework's texts in one language, or null.",
            nullable = true)
    public record FrameworkText(
            @Size(max = 300) @Schema(nullable = true, description = "Name.") String name,
            @Size(max = 5_000) @Schema(nullable = true, description = "Summary.") String summary,
            @Schema(nullable = true, description = "Priority areas, in the English order.",
                    type = SchemaType.ARRAY, implementation = OptionalText.class)
            List<@Size(max = 500) String> priorityAreas) {

        public FrameworkText {
            name = blankToNull(name);
            summary = blankToNull(summary);
            priorityAreas = blanksToNull(priorityAreas);
        }
    }

    /** Element {@code i} of {@code translated}, or {@code english} when there is none. */
    static String at(List<String> translated, int i, String english) {
        return translated != null && i < translated.size() && translated.get(i) != null ? translated.get(i) : english;
    }
}
