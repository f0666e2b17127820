package org.ilo.cnmn.office;

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

/** The office profile as editors write it: the representation's property names, links by id. */
@JsonPropertyOrder({ "name", "about", "countries", "focusAreas", "constituents", "partners", "unFrameworks",
        "director", "translations" })
@Schema(name = "OfficeWrite", description = "The office profile as editors replace it.")
public record OfficeWrite(
        @NotBlank @Size(max = 200)
        @Schema(required = true, description = "Name of the office.", example = "ILO Country Office for China and Mongolia")
        String name,
        @NotNull @Size(min = 1, max = 20)
        @Schema(required = true, description = "About the office, one string per paragraph.")
        List<@NotBlank @Size(max = 5_000) String> about,
        @NotNull
        @Schema(required = true, description = "ISO 3166-1 alpha-2 codes of the countries covered.",
                example = "[\"CN\", \"MN\"]")
        List<@NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code") String> countries,
        @NotNull
        @Schema(required = true, description = "Focus areas, each with the theme it corresponds to.")
        List<@NotNull @Valid FocusAreaWrite> focusAreas,
        @NotNull
        @Schema(required = true, description = "The constituents the office works with.")
        List<@NotBlank @Size(max = 300) String> constituents,
        @NotNull
        @Schema(required = true, description = "Partner organisation ids.", example = "[\"unct-china\"]")
        List<@NotNull @Pattern(regexp = SLUG, message = "must be a partner id") String> partners,
        @NotNull
        @Schema(required = true, description = "UN frameworks, one per country.")
        List<@NotNull @Valid UnFrameworkWrite> unFrameworks,
        @Valid
        @Schema(nullable = true, description = "The director as last known, or null.")
        DirectorWrite director,
        @Schema(description = "Translations of the office's texts, keyed by language (zh, mn).")
        Map<@Pattern(regexp = "^(zh|mn)$", message = "must be zh or mn") String, @Valid OfficeTranslation> translations) {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public OfficeWrite {
        translations = translations == null ? Map.of() : translations;
    }

    @JsonPropertyOrder({ "theme", "description" })
    @Schema(name = "FocusAreaWrite", description = "A focus area and the theme id it corresponds to.")
    public record FocusAreaWrite(
            @NotNull @Pattern(regexp = SLUG, message = "must be a theme id")
            @Schema(required = true, description = "Theme id.", example = "social-protection") String theme,
            @NotBlank @Size(max = 1_000)
            @Schema(required = true, description = "The focus area as the office describes it.") String description) {
    }

    @JsonPropertyOrder({ "country", "name", "summary", "priorityAreas" })
    @Schema(name = "UnFrameworkWrite", description = "A UN framework in one country.")
    public record UnFrameworkWrite(
            @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code")
            @Schema(required = true, description = "Country code.", example = "MN") String country,
            @NotBlank @Size(max = 300) @Schema(required = true, description = "Name of the framework.") String name,
            @Size(max = 5_000) @Schema(nullable = true, description = "What the UN says of its work there.") String summary,
            @NotNull @Schema(required = true, description = "Priority areas, in order.")
            List<@NotBlank @Size(max = 500) String> priorityAreas) {
    }

    @JsonPropertyOrder({ "name", "role", "asOf", "source" })
    @Schema(name = "DirectorWrite", description = "Who directs the office, as of when, and where that is stated.")
    public record DirectorWrite(
            @NotBlank @Size(max = 200) @Schema(required = true, description = "Full name.") String name,
            @Size(max = 300) @Schema(nullable = true, description = "Role as stated.") String role,
            @NotNull @Schema(required = true, description = "Date on which this was true.") LocalDate asOf,
            @Pattern(regexp = SLUG, message = "must be a press release id")
            @Schema(nullable = true, description = "Id of the press release that states it.") String source) {
    }

    static OfficeWrite of(Office o) {
        return new OfficeWrite(o.name, List.copyOf(o.about), o.countries.stream().sorted().toList(),
                List.copyOf(o.focusAreas), List.copyOf(o.constituents), o.partners.stream().sorted().toList(),
                List.copyOf(o.unFrameworks), o.directorName == null ? null
                        : new DirectorWrite(o.directorName, o.directorRole, o.directorAsOf, o.directorSource),
                new TreeMap<>(o.translations));
    }

    /** This without the press release that states what it says of the director. */
    OfficeWrite withoutDirectorSource() {
        DirectorWrite d = director == null ? null : new DirectorWrite(director.name(), director.role(), director.asOf(), null);
        return new OfficeWrite(name, about, countries, focusAreas, constituents, partners, unFrameworks, d, translations);
    }

    void applyTo(Office o) {
        o.name = name.strip();
        o.about = List.copyOf(about);
        o.countries.clear();
        o.countries.addAll(countries);
        o.focusAreas = List.copyOf(focusAreas);
        o.constituents = List.copyOf(constituents);
        o.partners.clear();
        o.partners.addAll(partners);
        o.unFrameworks = List.copyOf(unFrameworks);
        o.directorName = director == null ? null : director.name();
        o.directorRole = director == null ? null : director.role();
        o.directorAsOf = director == null ? null : director.asOf();
        o.directorSource = director == null ? null : director.source();
        o.translations = new TreeMap<>(translations);
        o.lastUpdated = Instant.now();
    }
}
