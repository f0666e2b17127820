package org.ilo.cnmn.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ilo.cnmn.content.ItemWrite;
import org.ilo.cnmn.content.TranslationDto;

/**
 * A project as editors write it: the same property names as the representation, with links given by
 * id (code for countries). {@code status} may only be set to cancelled or suspended; planned, active
 * and completed are computed from the dates, so sending them (or null) clears an editor's status.
 */
@JsonPropertyOrder({ "id", "title", "summary", "startDate", "endDate", "status", "countries", "region", "funders",
        "fundingNote", "themes", "partners", "translations" })
@Schema(name = "ProjectWrite", description = "A project as editors create or replace it.")
public record ProjectWrite(
        @Pattern(regexp = SLUG, message = "must be a slug: lower-case letters and digits in words joined by '-'")
        @Size(max = 120)
        @Schema(nullable = true, description = "Stable id (slug); on create, absent or null means derived from the "
                + "title; immutable afterwards.",
                example = "score-phase-3-china")
        String id,
        @NotBlank @Size(max = 300)
        @Schema(required = true, description = "Title in English.", maxLength = 300,
                example = "Sustaining Competitive and Responsible Enterprises (SCORE) Phase III - China")
        String title,
        @Size(max = 10_000)
        @Schema(nullable = true, description = "Description in English.", maxLength = 10_000)
        String summary,
        @NotNull
        @Schema(required = true, description = "First day.", example = "2017-11-01")
        LocalDate startDate,
        @NotNull
        @Schema(required = true, description = "Last day; not before startDate.", example = "2021-10-31")
        LocalDate endDate,
        @Pattern(regexp = "^(planned|active|completed|cancelled|suspended)$",
                message = "must be one of planned, active, completed, cancelled, suspended")
        @Schema(nullable = true, description = "cancelled or suspended to record that decision; anything else (or null) "
                + "means the status follows from the dates.",
                enumeration = { "planned", "active", "completed", "cancelled", "suspended" })
        String status,
        @Schema(description = "ISO 3166-1 alpha-2 codes of the countries (see /api/v1/countries).", example = "[\"CN\"]")
        List<@NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code") String> countries,
        @Size(max = 100)
        @Schema(nullable = true, description = "Region of a multi-country programme.")
        String region,
        @Schema(description = "Funder ids (see /api/v1/funders).")
        List<@NotNull @Pattern(regexp = SLUG, message = "must be a funder id") String> funders,
        @Size(max = 2_000)
        @Schema(nullable = true, description = "What is known about the funding instrument or co-funding.")
        String fundingNote,
        @NotNull @Size(min = 1, max = 3, message = "must list one to three themes")
        @Schema(required = true, description = "One to three theme ids (see /api/v1/themes).",
                example = "[\"sustainable-enterprises\", \"occupational-safety-health\"]")
        List<@NotNull @Pattern(regexp = SLUG, message = "must be a theme id") String> themes,
        @Schema(description = "Partner organisation ids.", example = "[\"saws\", \"ncics\", \"zhejiang-aws\"]")
        List<@NotNull @Pattern(regexp = SLUG, message = "must be a partner id") String> partners,
        @Schema(description = "Translations of title and summary, keyed by language (zh, mn).")
        Map<@Pattern(regexp = "^(zh|mn)$", message = "must be zh or mn") String, @Valid TranslationDto> translations)
        implements ItemWrite<ProjectWrite> {

    /** Anchored so that the contract's pattern (a JSON Schema search) means what @Pattern (a whole match) does. */
    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** Absent lists mean empty ones. */
    public ProjectWrite {
        countries = countries == null ? List.of() : countries;
        funders = funders == null ? List.of() : funders;
        partners = partners == null ? List.of() : partners;
        translations = translations == null ? Map.of() : translations;
    }

    /** The stored project in the shape editors write (for the audit trail and merge patches). */
    static ProjectWrite of(Project p) {
        return new ProjectWrite(p.id, p.title, p.summary, p.startDate, p.endDate, p.statusOverride,
                p.countries.stream().sorted().toList(), p.region, p.funders.stream().sorted().toList(), p.fundingNote,
                p.themes.stream().sorted().toList(), p.partners.stream().sorted().toList(),
                new TreeMap<>(p.translations));
    }

    @Override
    public ProjectWrite withTranslations(Map<String, TranslationDto> translations) {
        return new ProjectWrite(id, title, summary, startDate, endDate, status, countries, region, funders, fundingNote,
                themes, partners, translations);
    }

    /** Copies everything but the id onto {@code p}. */
    void applyTo(Project p) {
        p.title = title.strip();
        p.summary = summary;
        p.startDate = startDate;
        p.endDate = endDate;
        p.statusOverride = "cancelled".equals(status) || "suspended".equals(status) ? status : null;
        p.region = region;
        p.fundingNote = fundingNote;
        p.countries.clear();
        p.countries.addAll(countries);
        p.funders.clear();
        p.funders.addAll(funders);
        p.themes.clear();
        p.themes.addAll(themes);
        p.partners.clear();
        p.partners.addAll(partners);
        p.translations = TranslationDto.present(translations);
        p.lastUpdated = Instant.now();
    }
}
