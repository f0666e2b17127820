package org.ilo.cnmn.pressrelease;

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

/** A press release as editors write it: the representation's property names, links by id. */
@JsonPropertyOrder({ "id", "title", "publishedOn", "summary", "image", "countries", "themes", "relatedProjects",
        "translations" })
@Schema(name = "PressReleaseWrite", description = "A press release as editors create or replace it.")
public record PressReleaseWrite(
        @Pattern(regexp = SLUG, message = "must be a slug: lower-case letters and digits in words joined by '-'")
        @Size(max = 120)
        @Schema(nullable = true, description = "Stable id (slug); on create, absent or null means derived from the "
                + "title; immutable afterwards.",
                example = "score-zhejiang-scaling-up")
        String id,
        @NotBlank @Size(max = 300)
        @Schema(required = true, description = "Title in English.", maxLength = 300,
                example = "SCORE Project Scalling up in Zhejiang Province")
        String title,
        @NotNull
        @Schema(required = true, description = "Publication date.", example = "2018-05-17")
        LocalDate publishedOn,
        @Size(max = 10_000)
        @Schema(nullable = true, description = "Summary in English.", maxLength = 10_000)
        String summary,
        @Valid
        @Schema(nullable = true, description = "The image published with the release.")
        ImageWrite image,
        @Schema(description = "ISO 3166-1 alpha-2 codes of the countries the release is about.", example = "[\"CN\"]")
        List<@NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code") String> countries,
        @NotNull @Size(min = 1, max = 3, message = "must list one to three themes")
        @Schema(required = true, description = "One to three theme ids (see /api/v1/themes).", example = "[\"sustainable-enterprises\", \"occupational-safety-health\"]")
        List<@NotNull @Pattern(regexp = SLUG, message = "must be a theme id") String> themes,
        @Schema(description = "Ids of the projects the release is about.", example = "[\"score-phase-3-china\"]")
        List<@NotNull @Pattern(regexp = SLUG, message = "must be a project id") String> relatedProjects,
        @Schema(description = "Translations of title and summary, keyed by language (zh, mn).")
        Map<@Pattern(regexp = "^(zh|mn)$", message = "must be zh or mn") String, @Valid TranslationDto> translations)
        implements ItemWrite<PressReleaseWrite> {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    @Schema(name = "ImageWrite", description = "An image's credit line.")
    public record ImageWrite(
            @NotBlank @Size(max = 300)
            @Schema(required = true, description = "Credit line as published.", example = "© ILO/Marcel Crozet 2024")
            String credit) {
    }

    /** Absent lists mean empty ones. */
    public PressReleaseWrite {
        countries = countries == null ? List.of() : countries;
        relatedProjects = relatedProjects == null ? List.of() : relatedProjects;
        translations = translations == null ? Map.of() : translations;
    }

    static PressReleaseWrite of(PressRelease r) {
        return new PressReleaseWrite(r.id, r.title, r.publishedOn, r.summary,
                r.imageCredit == null ? null : new ImageWrite(r.imageCredit), r.countries.stream().sorted().toList(),
                r.themes.stream().sorted().toList(), r.relatedProjects.stream().sorted().toList(),
                new TreeMap<>(r.translations));
    }

    @Override
    public PressReleaseWrite withTranslations(Map<String, TranslationDto> translations) {
        return new PressReleaseWrite(id, title, publishedOn, summary, image, countries, themes, relatedProjects,
                translations);
    }

    void applyTo(PressRelease r) {
        r.title = title.strip();
        r.publishedOn = publishedOn;
        r.summary = summary;
        r.imageCredit = image == null ? null : image.credit();
        r.countries.clear();
        r.countries.addAll(countries);
        r.themes.clear();
        r.themes.addAll(themes);
        r.relatedProjects.clear();
        r.relatedProjects.addAll(relatedProjects);
        r.translations = TranslationDto.present(translations);
        r.lastUpdated = Instant.now();
    }
}
