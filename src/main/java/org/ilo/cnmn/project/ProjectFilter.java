package org.ilo.cnmn.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.ilo.cnmn.content.PublishedReads;
import org.ilo.cnmn.platform.params.QueryParams;

/** The filters of a project list or export; empty sets and nulls mean "no restriction". */
public record ProjectFilter(Set<String> countries, Set<String> funders, Set<String> themes, Set<String> statuses,
        LocalDate activeOn, LocalDate from, LocalDate to, String q, Instant updatedSince)
        implements PublishedReads.Filter {

    static final Pattern STATUS = Pattern.compile("planned|active|completed|cancelled|suspended");
    static final int MAX_QUERY_LENGTH = 200;

    static ProjectFilter parse(QueryParams params, ProjectQueryParams raw) {
        ProjectFilter filter = new ProjectFilter(
                params.list("country", raw.country, QueryParams.COUNTRY_CODE, "an ISO 3166-1 alpha-2 code such as CN"),
                params.list("funder", raw.funder, QueryParams.SLUG, "a funder id"),
                params.list("theme", raw.theme, QueryParams.SLUG, "a theme id"),
                params.list("status", raw.status, STATUS, "one of planned, active, completed, cancelled, suspended"),
                params.date("activeOn", raw.activeOn),
                params.date("from", raw.from),
                params.date("to", raw.to),
                params.text("q", raw.q, MAX_QUERY_LENGTH),
                params.timestamp("updatedSince", raw.updatedSince));
        params.range("from", filter.from(), "to", filter.to());
        return filter;
    }

    /** A stable text form: equal filters give equal text, whatever order the client wrote them in. */
    String canonical() {
        return "country=" + new TreeSet<>(countries) + ";funder=" + new TreeSet<>(funders)
                + ";theme=" + new TreeSet<>(themes) + ";status=" + new TreeSet<>(statuses)
                + ";activeOn=" + activeOn + ";from=" + from + ";to=" + to + ";q=" + q + ";updatedSince=" + updatedSince;
    }
}
