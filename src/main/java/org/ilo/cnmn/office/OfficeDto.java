package org.ilo.cnmn.office;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.caching.Timestamped;
import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;

@JsonPropertyOrder({ "name", "about", "countries", "focusAreas", "constituents", "partners", "unFrameworks", "director",
        "translations", "lastUpdated" })

@Schema(name = "Office", description = "The ILO Country Office for China and Mongolia.")
public record OfficeDto(
        @Schema(required = true, description = "Name of the office.", example = "ILO Country Office for China and Mongolia")
        String name,
        @Schema(required = true, description = "About the office, one string per paragraph.")
        List<String> about,
        @Schema(required = true, description = "Countries the office covers.")
        List<CountryRef> countries,
        @Schema(required = true, description = "The focus areas of the office's programmes, each with the theme it corresponds to.")
        List<FocusAreaDto> focusAreas,
        @Schema(required = true, description = "The constituents the office works with in both countries.")
        List<String> constituents,
        @Schema(required = true, description = "Partner organisations of the office.")
        List<NamedRef> partners,
        @Schema(required = true, description = "The UN frameworks the office contributes to, one per country.")
        List<UnFrameworkDto> unFrameworks,
        @Schema(required = true, description = "The office's director as last known, or null.", nullable = true)
        DirectorDto director,
        @Schema(required = true, description = "Every translation of the office's texts, keyed by language (zh, mn); "
                + "`lang` or Accept-Language picks the one shown.")
        Map<String, OfficeTranslation> translations,
        @Schema(required = true, description = "When this representation last changed (RFC 3339, UTC).", example = "2026-11-22T10:15:30Z")
        Instant lastUpdated) implements Timestamped {

    @JsonPropertyOrder({ "theme", "description" })

    @Schema(name = "FocusArea", description = "A focus area of the office's programmes.")
    public record FocusAreaDto(
            @Schema(required = true, description = "The theme that classifies work in this area.") NamedRef theme,
            @Schema(required = true, description = "The focus area as the office describes it.",
                    example = "The extension and improvement of social protection benefits") String description) {
    }

    @JsonPropertyOrder({ "country", "name", "summary", "priorityAreas" })

    @Schema(name = "UnFramework", description = "A UN cooperation framework in one country and its priority areas.")
    public record UnFrameworkDto(
            @Schema(required = true, description = "The country of the framework.") CountryRef country,
            @Schema(required = true, description = "Name of the framework.", example = "UN Development Assistance Framework (UNDAF)") String name,
            @Schema(required = true, description = "What the UN says of its work in the country.",
                    example = "UN in Mongolia provides a strategic guidance to the UN system work in the country.") String summary,
            @Schema(required = true, description = "Priority areas, in the framework's order.") List<String> priorityAreas) {
    }

    // nullable on the schemas themselves: OpenAPI 3.0 ignores nullable next to a $ref
    @JsonPropertyOrder({ "name", "role", "asOf", "source" })
    @Schema(name = "Director", description = "Who directs the office, and when that was last known to be true.",
            nullable = true)
    public record DirectorDto(
            @Schema(required = true, description = "Full name.", example = "Claire Courteille-Mulder") String name,
            @Schema(required = true, description = "Role as stated by the source.", nullable = true,
                    example = "Director for ILO Country Office for China and Mongolia") String role,
            @Schema(required = true, description = "Date on which the source states this.", example = "2018-05-22")
            LocalDate asOf,
            @Schema(required = true, description = "The press release that states it, or null.", nullable = true)
            SourceDto source) {
    }

    @JsonPropertyOrder({ "id", "title", "publishedOn" })
    @Schema(name = "DirectorSource", description = "The press release a statement about the director comes from.",
            nullable = true)
    public record SourceDto(
            @Schema(required = true, description = "Id of the press release.", example = "director-credentials-mongolia")
            String id,
            @Schema(required = true, description = "Its title.") String title,
            @Schema(required = true, description = "Publication date.", example = "2018-05-22") LocalDate publishedOn) {
    }

    /** The profile in {@code lang}: translated texts where there are, English elsewhere (element by element). */
    static OfficeDto from(OfficeView o, Language lang) {
        OfficeTranslation t = lang == Language.EN ? null : o.translations().get(lang.tag());
        if (t == null) {
            return new OfficeDto(o.name(), o.about(), o.countries(), o.focusAreas(), o.constituents(), o.partners(),
                    o.unFrameworks(), o.director(), new TreeMap<>(o.translations()), o.lastUpdated());
        }
        List<FocusAreaDto> focusAreas = new ArrayList<>();
        for (int i = 0; i < o.focusAreas().size(); i++) {
            FocusAreaDto f = o.focusAreas().get(i);
            focusAreas.add(new FocusAreaDto(f.theme(), OfficeTranslation.at(t.focusAreas(), i, f.description())));
        }
        List<UnFrameworkDto> frameworks = new ArrayList<>();
        for (int i = 0; i < o.unFrameworks().size(); i++) {
            UnFrameworkDto u = o.unFrameworks().get(i);
            OfficeTranslation.FrameworkText ft = t.unFrameworks() != null && i < t.unFrameworks().size()
                    ? t.unFrameworks().get(i) : null;
            frameworks.add(ft == null ? u : new UnFrameworkDto(u.country(), ft.name() != null ? ft.name() : u.name(),
                    ft.summary() != null ? ft.summary() : u.summary(), elementwise(ft.priorityAreas(), u.priorityAreas())));
        }
        DirectorDto director = o.director() == null || t.directorRole() == null ? o.director()
                : new DirectorDto(o.director().name(), t.directorRole(), o.director().asOf(), o.director().source());
        return new OfficeDto(t.name() != null ? t.name() : o.name(), elementwise(t.about(), o.about()), o.countries(),
                focusAreas, elementwise(t.constituents(), o.constituents()), o.partners(), frameworks, director,
                new TreeMap<>(o.translations()), o.lastUpdated());
    }

    private static List<String> elementwise(List<String> translated, List<String> english) {
        List<String> texts = new ArrayList<>(english.size());
        for (int i = 0; i < english.size(); i++) {
            texts.add(OfficeTranslation.at(translated, i, english.get(i)));
        }
        return texts;
    }
}
