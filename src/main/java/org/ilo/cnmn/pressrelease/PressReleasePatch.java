package org.ilo.cnmn.pressrelease;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ilo.cnmn.content.TranslationDto;

/**
 * The contract's shape of a press release merge patch (RFC 7396); the resource reads the patch as a JSON
 * tree and validates the merged {@link PressReleaseWrite}, so this record only names the type for generated
 * clients, whose members must be nullable to remove a field.
 */
@Schema(name = "PressReleasePatch", description = "A JSON Merge Patch of a PressReleaseWrite: a member replaces, "
        + "null removes (a required field cannot be removed), an absent member stays as it is.")
public record PressReleasePatch(
        @Pattern(regexp = PressReleaseWrite.SLUG) @Size(max = 120)
        @Schema(nullable = true, description = "Must equal the current id, which is immutable.") String id,
        @Size(max = 300) @Schema(nullable = true, description = "Title in English; cannot be removed.") String title,
        @Schema(nullable = true, description = "Publication date; cannot be removed.") LocalDate publishedOn,
        @Size(max = 10_000) @Schema(nullable = true, description = "Summary in English.") String summary,
        @Schema(nullable = true, description = "The image's credit line; null removes the image.")
        PressReleaseWrite.ImageWrite image,
        @Schema(nullable = true, description = "Country codes; null empties the list.")
        List<@Pattern(regexp = "^[A-Z]{2}$") String> countries,
        @Size(min = 1, max = 3) @Schema(nullable = true, description = "One to three theme ids; cannot be removed.")
        List<@Pattern(regexp = PressReleaseWrite.SLUG) String> themes,
        @Schema(nullable = true, description = "Related project ids; null empties the list.")
        List<@Pattern(regexp = PressReleaseWrite.SLUG) String> relatedProjects,
        @Schema(nullable = true, description = "Translations by language (zh, mn), merged member by member.")
        Map<String, TranslationDto> translations) {
}
