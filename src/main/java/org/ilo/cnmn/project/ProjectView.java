package org.ilo.cnmn.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;
import org.ilo.cnmn.content.TranslationDto;

/**
 * Read model of a project (a row of view {@code project_view}): the row with its links already
 * aggregated, so that any page of projects is one SQL statement.
 */
public record ProjectView(String id, String title, String summary, LocalDate startDate, LocalDate endDate,
        String status, String region, String fundingNote, Map<String, TranslationDto> translations,
        Instant lastUpdated, List<CountryRef> countries, List<NamedRef> funders, List<NamedRef> themes,
        List<NamedRef> partners, List<LinkedPressRelease> relatedPressReleases) {

    /** A press release about the project, as aggregated by the view. */
    public record LinkedPressRelease(String id, String title, LocalDate publishedOn,
            Map<String, TranslationDto> translations) {
    }
}
