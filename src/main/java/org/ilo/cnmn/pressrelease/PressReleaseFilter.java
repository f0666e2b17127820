package org.ilo.cnmn.pressrelease;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.ilo.cnmn.content.PublishedReads;
import org.ilo.cnmn.platform.params.QueryParams;

/** The filters of a press release list or export; empty sets and nulls mean "no restriction". */
public record PressReleaseFilter(LocalDate from, LocalDate to, Integer year, Set<String> countries, Set<String> themes,
        Set<String> projects, String q, Instant updatedSince) implements PublishedReads.Filter {

    static final int MAX_QUERY_LENGTH = 200;

    static PressReleaseFilter parse(QueryParams params, PressReleaseQueryParams raw) {
        PressReleaseFilter filter = new PressReleaseFilter(
                params.date("from", raw.from),
                params.date("to", raw.to),
                params.integer("year", raw.year, 1900, 2999),
                params.list("country", raw.country, QueryParams.COUNTRY_CODE, "an ISO 3166-1 alpha-2 code such as CN"),
                params.list("theme", raw.theme, QueryParams.SLUG, "a theme id"),
                params.list("project", raw.project, QueryParams.SLUG, "a project id"),
                params.text("q", raw.q, MAX_QUERY_LENGTH),
                params.timestamp("updatedSince", raw.updatedSince));
        params.range("from", filter.from(), "to", filter.to());
        return filter;
    }

    String canonical() {
        return "from=" + from + ";to=" + to + ";year=" + year + ";country=" + new TreeSet<>(countries)
                + ";theme=" + new TreeSet<>(themes) + ";project=" + new TreeSet<>(projects) + ";q=" + q
                + ";updatedSince=" + updatedSince;
    }
}
