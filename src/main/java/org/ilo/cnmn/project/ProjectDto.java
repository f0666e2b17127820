package org.ilo.cnmn.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.caching.Timestamped;
import org.ilo.cnmn.content.TranslationDto;
import org.ilo.cnmn.content.PressReleaseRef;
import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;

@JsonPropertyOrder({ "id", "title", "summary", "startDate", "endDate", "status", "countries", "region", "funders",
        "fundingNote", "themes", "partners", "relatedPressReleases", "translations", "lastUpdated" })
@Schema(name = "Project", description = "A development-cooperation project of the office.")
public record ProjectDto(
        @Schema(required = true, description = "Stable, immutable id (slug).", example = "score-phase-3-china")
        String id,
        @Schema(required = true, description = "Title as published.",
                example = "Sustaining Competitive and Responsible Enterprises (SCORE) Phase III - China")
        String title,
        @Schema(required = true, description = "Description of the project, or null.", nullable = true,
                example = "Sustaining Competitive and Responsible enterprises (SCORE) is a practical training and in-factory counselling programme that improves productivity and working conditions in small and medium enterprises (SMEs).")
        String summary,
        @Schema(required = true, description = "First day of the project.", example = "2017-11-01")
        LocalDate startDate,
        @Schema(required = true, description = "Last day of the project.", example = "2021-10-31")
        LocalDate endDate,
        @Schema(required = true, description = "planned, active or completed follow from the dates and today's date (UTC); "
                + "cancelled and suspended are set by an editor.",
                enumeration = { "planned", "active", "completed", "cancelled", "suspended" }, example = "completed")
        String status,
        @Schema(required = true, description = "Countries the project works in; empty for a regional programme that names none.")
        List<CountryRef> countries,
        @Schema(required = true, description = "Region of a multi-country programme, or null.", nullable = true)
        String region,
        @Schema(required = true, description = "Organisations named as funding the project; empty where the source names none.")
        List<NamedRef> funders,
        @Schema(required = true, description = "What the source says about the funding instrument or co-funding, or null.",
                nullable = true)
        String fundingNote,
        @Schema(required = true, description = "One to three themes.")
        List<NamedRef> themes,
        @Schema(required = true, description = "Partner organisations named in connection with the project.")
        List<NamedRef> partners,
        @Schema(required = true, description = "Press releases about this project, newest first.")
        List<PressReleaseRef> relatedPressReleases,
        @Schema(required = true, description = "Every translation of title and summary, keyed by language (zh, mn); "
                + "`lang` or Accept-Language picks the one shown in title and summary.")
        Map<String, TranslationDto> translations,
        @Schema(required = true, description = "When this representation last changed (RFC 3339, UTC).", example = "2026-11-22T10:15:30Z")
        Instant lastUpdated) implements Timestamped {

    /** The representation in {@code lang}: translated title and summary where there are, English elsewhere. */
    static ProjectDto from(ProjectView p, Language lang) {
        return new ProjectDto(p.id(), TranslationDto.pick(p.translations(), lang, p.title(), TranslationDto::title),
                TranslationDto.pick(p.translations(), lang, p.summary(), TranslationDto::summary), p.startDate(),
                p.endDate(), p.status(), p.countries(), p.region(), p.funders(), p.fundingNote(), p.themes(),
                p.partners(), p.relatedPressReleases().stream().map(r -> new PressReleaseRef(r.id(),
                        TranslationDto.pick(r.translations(), lang, r.title(), TranslationDto::title), r.publishedOn()))
                        .toList(),
                new TreeMap<>(p.translations()), p.lastUpdated());
    }
}
