package org.ilo.cnmn.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import org.ilo.cnmn.platform.paging.Facet;
import org.ilo.cnmn.platform.paging.KeysetQuery;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.ValueType;
import org.ilo.cnmn.platform.params.QueryParams;

/**
 * How lists of one kind of published item are queried: its read-model view (alias {@code v}), the
 * table searched with {@code q} (alias {@code s}), the column its link tables refer to it by, its
 * sort keys and its facets.
 *
 * @param scope names the list in the cursors it issues
 */
public record PublishedList(String scope, String view, String table, String linkColumn, String defaultSort,
        Map<String, SortKey> sortKeys, Map<String, Facet> facets) {

    /** The json columns every read-model view has, as {@link org.ilo.cnmn.platform.paging.Row#json} reads them. */
    public static final TypeReference<Map<String, TranslationDto>> TRANSLATIONS = new TypeReference<>() {
    };
    public static final TypeReference<List<CountryRef>> COUNTRIES = new TypeReference<>() {
    };
    public static final TypeReference<List<NamedRef>> NAMED_REFS = new TypeReference<>() {
    };

    private static final String RELEVANCE_SORT = "-relevance";
    private static final SortKey RELEVANCE = new SortKey("relevance", "ts_rank(s.search, " + TextSearch.QUERY + ")",
            ValueType.REAL);

    /** The sort a request asks for; relevance is a key (and the default) only when searching with {@code q}. */
    public SortSpec sort(QueryParams params, String raw, String q) {
        if (q == null) {
            return params.check(() -> SortSpec.parse(raw, defaultSort, sortKeys, "v.id"));
        }
        Map<String, SortKey> keys = new HashMap<>(sortKeys);
        keys.put(RELEVANCE.name(), RELEVANCE);
        return params.check(() -> SortSpec.parse(raw, RELEVANCE_SORT, keys, "v.id"));
    }

    /** Adds "linked through {@code linkTable} to any of {@code ids}" (no condition when there are none). */
    public void linkedToAny(SqlWhere where, String linkTable, String column, Set<String> ids) {
        if (!ids.isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM " + linkTable + " x WHERE x." + linkColumn + " = v.id AND x." + column
                    + " IN (" + where.param(List.copyOf(ids)) + "))");
        }
    }

    /** The list of rows matching {@code where} and, when given, the search {@code q}. */
    public KeysetQuery query(SqlWhere where, String q, SortSpec sort, int limit, String canonicalFilter) {
        String from = view + " v";
        if (q != null) {
            from += " JOIN " + table + " s ON s.id = v.id";
            where.add(TextSearch.condition("s", where, q));
        }
        return new KeysetQuery("v.*", from, where, sort, limit, scope + ";" + sort.canonical() + ";" + canonicalFilter,
                true);
    }

    /** The facets named, in that order. */
    public List<Facet> facets(Set<String> names) {
        return names.stream().map(facets::get).toList();
    }
}
