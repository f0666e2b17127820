package org.ilo.cnmn.office;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import org.ilo.cnmn.content.CountryRef;
import org.ilo.cnmn.content.NamedRef;
import org.ilo.cnmn.office.OfficeDto.DirectorDto;
import org.ilo.cnmn.office.OfficeDto.FocusAreaDto;
import org.ilo.cnmn.office.OfficeDto.UnFrameworkDto;
import org.ilo.cnmn.platform.paging.Row;
import org.ilo.cnmn.platform.paging.SqlRows;
import org.ilo.cnmn.platform.paging.SqlWhere;

/** The SQL that reads the office profile (view {@code office_view}). */
@ApplicationScoped
class OfficeQueries {

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, OfficeTranslation>> TRANSLATIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<CountryRef>> COUNTRIES = new TypeReference<>() {
    };
    private static final TypeReference<List<NamedRef>> NAMED_REFS = new TypeReference<>() {
    };
    private static final TypeReference<List<FocusAreaDto>> FOCUS_AREAS = new TypeReference<>() {
    };
    private static final TypeReference<List<UnFrameworkDto>> FRAMEWORKS = new TypeReference<>() {
    };
    private static final TypeReference<DirectorDto> DIRECTOR = new TypeReference<>() {
    };

    @Inject SqlRows rows;

    /** The profile; the seed migration makes its row, so its absence is a broken database, not a 404. */
    OfficeView profile() {
        SqlWhere where = new SqlWhere();
        return rows.first("SELECT v.* FROM office_view v WHERE v.id = " + where.param(Office.ID), where,
                OfficeQueries::view)
                .orElseThrow(() -> new IllegalStateException("The office row is missing; the seed migration has not run."));
    }

    private static OfficeView view(Row row) {
        return new OfficeView(row.text("id"), row.text("name"), row.json("about", TEXTS),
                row.json("constituents", TEXTS), row.json("translations", TRANSLATIONS), row.instant("last_updated"),
                row.json("countries", COUNTRIES), row.json("partners", NAMED_REFS),
                row.json("focus_areas", FOCUS_AREAS), row.json("un_frameworks", FRAMEWORKS),
                row.json("director", DIRECTOR));
    }
}
