package org.ilo.cnmn.pressrelease;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ilo.cnmn.common.QueryParams;

/** The filters of a press release list or export; empty sets and null mean "no restriction". */
public record PressReleaseFilter(Integer year, Set<String> countries, Set<String> projects) {

    static PressReleaseFilter parse(QueryParams params, String year, List<String> country, List<String> project) {
        return new PressReleaseFilter(
                params.integer("year", year, 1900, 2999),
                params.list("country", country, QueryParams.COUNTRY_CODE, "an ISO 3166-1 alpha-2 code such as CN"),
                params.list("project", project, QueryParams.SLUG, "a project id"));
    }

    String canonical() {
        return "year=" + year + ";country=" + new TreeSet<>(countries) + ";project=" + new TreeSet<>(projects);
    }
}
