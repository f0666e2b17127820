package org.ilo.cnmn.pressrelease;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;
import org.ilo.cnmn.content.TranslationDto;

/** Read model of a press release (a row of view {@code press_release_view}) with its links aggregated. */
public record PressReleaseView(String id, String title, LocalDate publishedOn, String summary, String imageCredit,
        Map<String, TranslationDto> translations, Instant lastUpdated, List<CountryRef> countries,
        List<NamedRef> themes, List<LinkedProject> relatedProjects) {

    /** A project the release is about, as aggregated by the view. */
    public record LinkedProject(String id, String title, Map<String, TranslationDto> translations) {
    }
}
