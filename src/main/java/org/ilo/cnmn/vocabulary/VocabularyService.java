package org.ilo.cnmn.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.caching.DataVersion;
import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.problem.FieldError;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.platform.paging.SqlRows;
import org.ilo.cnmn.platform.paging.SqlWhere;

@ApplicationScoped
public class VocabularyService {

    /** The ids each vocabulary holds at a data version. */
    private record Known(long version, Set<String> countries, Set<String> funders, Set<String> themes) {
    }

    @Inject KeysetPager pager;
    @Inject SqlRows rows;
    @Inject DataVersion dataVersion;
    private volatile Known known;

    /** Answers 400 naming each filter parameter that refers to an entry no vocabulary has. */
    public void requireKnown(Set<String> countries, Set<String> funders, Set<String> themes) {
        if (countries.isEmpty() && funders.isEmpty() && themes.isEmpty()) {
            return;
        }
        Known k = known();
        List<FieldError> errors = new ArrayList<>();
        unknown("country", countries, k.countries(), "/api/v1/countries", errors);
        unknown("funder", funders, k.funders(), "/api/v1/funders", errors);
        unknown("theme", themes, k.themes(), "/api/v1/themes", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalidParameters(errors);
        }
    }

    private static void unknown(String name, Set<String> given, Set<String> valid, String list, List<FieldError> errors) {
        List<String> missing = given.stream().filter(v -> !valid.contains(v)).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError(name, "has unknown value" + (missing.size() > 1 ? "s " : " ")
                    + missing.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ")) + "; see " + list));
        }
    }

    private Known known() {
        Known k = known;
        long version = dataVersion.current().map(DataVersion.Snapshot::version).orElse(-1L);
        if (k == null || version < 0 || k.version() != version) {
            Map<String, Set<String>> ids = rows.list(VocabularyQueries.IDS, new SqlWhere(),
                    row -> Map.entry(row.text("vocabulary"), row.text("id"))).stream()
                    .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                            Collectors.toUnmodifiableSet())));
            k = new Known(version, ids.getOrDefault("country", Set.of()), ids.getOrDefault("funder", Set.of()),
                    ids.getOrDefault("theme", Set.of()));
            known = k;
        }
        return k;
    }

    <T> Slice<T> list(VocabularyQueries.Vocabulary<T> vocabulary, int limit, String cursor) {
        return pager.page(vocabulary.byName(limit), cursor, vocabulary.mapper());
    }

    <T> Optional<T> get(VocabularyQueries.Vocabulary<T> vocabulary, String id) {
        SqlWhere where = new SqlWhere();
        return rows.first(vocabulary.byId(where, id), where, vocabulary.mapper());
    }
}
