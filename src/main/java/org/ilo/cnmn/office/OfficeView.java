package org.ilo.cnmn.office;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;
import org.ilo.cnmn.office.OfficeDto.DirectorDto;
import org.ilo.cnmn.office.OfficeDto.FocusAreaDto;
import org.ilo.cnmn.office.OfficeDto.UnFrameworkDto;

/** Read model of the office profile (view {@code office_view}), references resolved to names. */
record OfficeView(String id, String name, List<String> about, List<String> constituents,
        Map<String, OfficeTranslation> translations, Instant lastUpdated, List<CountryRef> countries,
        List<NamedRef> partners, List<FocusAreaDto> focusAreas, List<UnFrameworkDto> unFrameworks,
        DirectorDto director) {
}
