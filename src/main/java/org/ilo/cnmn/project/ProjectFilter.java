package org.ilo.cnmn.project;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.ilo.cnmn.common.QueryParams;

/** The filters of a project list or export; empty sets mean "no restriction". */
public record ProjectFilter(Set<String> countries, Set<String> funders, Set<String> themes, Set<String> statuses) {

    static final Pattern STATUS = Pattern.compile("planned|active|completed|cancelled|suspended");

    static ProjectFilter parse(QueryParams params, List<String> country, List<String> funder, List<String> theme,
            List<String> status) {
        return new ProjectFilter(
                params.list("country", country, QueryParams.COUNTRY_CODE, "an ISO 3166-1 alpha-2 code such as CN"),
                params.list("funder", funder, QueryParams.SLUG, "a funder id"),
                params.list("theme", theme, QueryParams.SLUG, "a theme id"),
                params.list("status", status, STATUS, "one of planned, active, completed, cancelled, suspended"));
    }

    /** A stable text form: equal filters give equal text, whatever order the client wrote them in. */
    String canonical() {
        return "country=" + new TreeSet<>(countries) + ";funder=" + new TreeSet<>(funders)
                + ";theme=" + new TreeSet<>(themes) + ";status=" + new TreeSet<>(statuses);
    }
}
