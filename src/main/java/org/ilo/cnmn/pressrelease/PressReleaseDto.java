package org.ilo.cnmn.pressrelease;

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
import org.ilo.cnmn.content.ProjectRef;
import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;

@JsonPropertyOrder({ "id", "title", "publishedOn", "summary", "image", "countries", "themes", "relatedProjects",
        "translations", "lastUpdated" })

@Schema(name = "PressRelease", description = "A news item or press release published by the office.")
public record PressReleaseDto(
        @Schema(required = true, description = "Stable, immutable id (slug).", example = "score-zhejiang-scaling-up")
        String id,
        @Schema(required = true, description = "Title as published.", example = "SCORE Project Scalling up in Zhejiang Province")
        String title,
        @Schema(required = true, description = "Publication date.", example = "2018-05-17")
        LocalDate publishedOn,
        @Schema(required = true, description = "Summary as published, or null where the release has none.", nullable = true,
                example = "The ILO, the National Centre for International Cooperation in Work Safety (NCICS), and Zhejiang Administration of Work Safety (Zhejiang AWS), jointly launched a pilot training project in Zhejiang Ningbo on 17 May 2018.")
        String summary,
        @Schema(required = true, description = "The release's image, or null where it has none.", nullable = true)
        ImageDto image,
        @Schema(required = true, description = "Countries the release is about; empty for global news.")
        List<CountryRef> countries,
        @Schema(required = true, description = "One to three themes.")
        List<NamedRef> themes,
        @Schema(required = true, description = "Projects the release is about.")
        List<ProjectRef> relatedProjects,
        @Schema(required = true, description = "Every translation of title and summary, keyed by language (zh, mn); "
                + "`lang` or Accept-Language picks the one shown in title and summary.")
        Map<String, TranslationDto> translations,
        @Schema(required = true, description = "When this representation last changed (RFC 3339, UTC).", example = "2026-11-22T10:15:30Z")
        Instant lastUpdated) implements Timestamped {

    // nullable on the schema itself: OpenAPI 3.0 ignores nullable next to a $ref
    @Schema(name = "Image", description = "An image published with a press release, or null.", nullable = true)
    public record ImageDto(
            @Schema(required = true, description = "Credit line as published.", example = "© ILO/Marcel Crozet 2024") String credit) {
    }

    /** The representation in {@code lang}: translated title and summary where there are, English elsewhere. */
    static PressReleaseDto from(PressReleaseView r, Language lang) {
        return new PressReleaseDto(r.id(), TranslationDto.pick(r.translations(), lang, r.title(), TranslationDto::title),
                r.publishedOn(), TranslationDto.pick(r.translations(), lang, r.summary(), TranslationDto::summary),
                r.imageCredit() == null ? null : new ImageDto(r.imageCredit()), r.countries(), r.themes(),
                r.relatedProjects().stream().map(p -> new ProjectRef(p.id(),
                        TranslationDto.pick(p.translations(), lang, p.title(), TranslationDto::title))).toList(),
                new TreeMap<>(r.translations()), r.lastUpdated());
    }
}
