package org.ilo.cnmn.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ilo.cnmn.content.TranslationDto;

/**
 * The contract's shape of a project merge patch (RFC 7396); the resource reads the patch as a JSON tree
 * (null must stay distinguishable from absent) and validates the merged {@link ProjectWrite}, so this
 * record only names the type for generated clients, whose members must be nullable to remove a field.
 */
@Schema(name = "ProjectPatch", description = "A JSON Merge Patch of a ProjectWrite: a member replaces, null removes "
        + "(a required field cannot be removed), an absent member stays as it is.")
public record ProjectPatch(
        @Pattern(regexp = ProjectWrite.SLUG) @Size(max = 120)
        @Schema(nullable = true, description = "Must equal the current id, which is immutable.") String id,
        @Size(max = 300) @Schema(nullable = true, description = "Title in English; cannot be removed.") String title,
        @Size(max = 10_000) @Schema(nullable = true, description = "Description in English.") String summary,
        @Schema(nullable = true, description = "First day; cannot be removed.") LocalDate startDate,
        @Schema(nullable = true, description = "Last day; not before startDate; cannot be removed.") LocalDate endDate,
        @Schema(nullable = true, description = "cancelled or suspended to record that decision; null lets the status "
                + "follow from the dates.", enumeration = { "planned", "active", "completed", "cancelled", "suspended" })
        String status,
        @Schema(nullable = true, description = "Country codes; null empties the list.")
        List<@Pattern(regexp = "^[A-Z]{2}$") String> countries,
        @Size(max = 100) @Schema(nullable = true, description = "Region of a multi-country programme.") String region,
        @Schema(nullable = true, description = "Funder ids; null empties the list.")
        List<@Pattern(regexp = ProjectWrite.SLUG) String> funders,
        @Size(max = 2_000) @Schema(nullable = true, description = "Funding note.") String fundingNote,
        @Size(min = 1, max = 3) @Schema(nullable = true, description = "One to three theme ids; cannot be removed.")
        List<@Pattern(regexp = ProjectWrite.SLUG) String> themes,
        @Schema(nullable = true, description = "Partner ids; null empties the list.")
        List<@Pattern(regexp = ProjectWrite.SLUG) String> partners,
        @Schema(nullable = true, description = "Translations by language (zh, mn), merged member by member.")
        Map<String, TranslationDto> translations) {
}
