package org.ilo.cnmn.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import org.ilo.cnmn.IloConfig;
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
    /** Relevance as in TieredSearch: 2 when the title alone matches, else 1; the default order adds recency. */
    private static final SortKey RELEVANCE = new SortKey("relevance", TieredSearch.tier("s"), ValueType.WHOLE);

    /** The sort a request asks for; relevance is a key (and the default) only when searching with {@code q}. */
    public SortSpec sort(QueryParams params, String raw, String q) {
        if (q == null) {
            return params.check(() -> SortSpec.parse(raw, defaultSort, sortKeys, "v.id"));
        }
        Map<String, SortKey> keys = new HashMap<>(sortKeys);
        keys.put(RELEVANCE.name(), RELEVANCE);
        return params.check(() -> SortSpec.parse(raw, RELEVANCE_SORT, keys, "v.id"));
    }

    /**
     * The list of rows matching {@code where}, the link filters and, when given, the search {@code q}.
     * The first link filter with values drives the query from its link table (alias {@code d}), whose
     * rows carry the item's sort keys (V8__list_read_model.sql): an index per value and key then yields
     * the rows already in order, so a page reads about {@code limit} rows whatever the value's share.
     * The other link filters are conditions, and so is every link filter under a relevance sort.
     */
    public KeysetQuery query(SqlWhere where, List<Link> links, String q, SortSpec sort, int limit,
            String canonicalFilter, IloConfig.Search search) {
        if (q != null && search != null && sort.canonical().equals(RELEVANCE_SORT)) {
            return ranked(where, links, q, sort, limit, canonicalFilter, search);
        }
        String from = view + " v";
        SortSpec order = sort;
        boolean keysCopied = sort.orders().stream().allMatch(o -> o.key().column().startsWith("v."));
        Link driver = keysCopied ? links.stream().filter(link -> !link.ids().isEmpty()).findFirst().orElse(null) : null;
        if (driver != null) {
            from = "(" + linkRows(where, driver, sort) + ") d JOIN " + view + " v ON v.id = d.id";
            order = sort.onColumns(column -> "d." + column.substring(2));
        }
        for (Link link : links) {
            if (link != driver && !link.ids().isEmpty()) {
                where.add("EXISTS (SELECT 1 FROM " + link.table() + " x WHERE x." + linkColumn + " = v.id AND x."
                        + link.column() + " IN (" + where.param(List.copyOf(link.ids())) + "))");
            }
        }
        if (q != null) {
            from += " JOIN " + table + " s ON s.id = v.id";
            where.add(TextSearch.condition("s", where, q));
        }
        return new KeysetQuery("v.*", from, where, order, limit, scope + ";" + sort.canonical() + ";" + canonicalFilter,
                true);
    }

    /**
     * A page in the default order with {@code q}: tier, then the list's own default (date) order, read
     * through TieredSearch from the list the filters select in that order (driven by a link filter as any
     * list is). Facets count the matching rows as any list with {@code q} does; so does the total, but
     * for {@code q} alone the estimate of a broad one, as /api/v1/search reports it.
     */
    private KeysetQuery ranked(SqlWhere where, List<Link> links, String q, SortSpec sort, int limit,
            String canonicalFilter, IloConfig.Search search) {
        boolean qAlone = where.sql().isEmpty() && links.stream().allMatch(link -> link.ids().isEmpty());
        KeysetQuery inOrder = query(where, links, null, SortSpec.parse(defaultSort, defaultSort, sortKeys, "v.id"), limit,
                canonicalFilter, null);
        String from = inOrder.from() + " JOIN " + table + " s ON s.id = v.id";
        TieredSearch.Source source = new TieredSearch.Source(scope, 0, from, inOrder.filter().sql(),
                inOrder.sort().orders().get(0).key().column(), inOrder.sort().tiebreak().column());
        SqlWhere matching = inOrder.filter().copy();
        matching.add(TextSearch.condition("s", matching, q));
        KeysetQuery.Counter estimated = !qAlone ? null
                : rows -> TieredSearch.total(rows, q, table.equals("project"), table.equals("press_release"),
                        search.exactTotalUpTo(), () -> rows.one("SELECT count(*) AS total FROM " + from + matching.sql(),
                                matching, row -> row.whole("total")));
        return new KeysetQuery("v.*", from, matching, TieredSearch.ORDER, limit,
                scope + ";" + sort.canonical() + ";" + canonicalFilter, true,
                (params, after) -> TieredSearch.hits(params, after, q, List.of(source), limit, search.walkRows())
                        + " JOIN " + view + " v ON v.id = h.id", estimated);
    }

    /**
     * The link rows of any of the link's values with their sort keys: one index range per value, each
     * in the list's order, which PostgreSQL merges (Merge Append; without the inner ORDER BY it sorts
     * the union instead). An item linked to several of the values counts for the first of them only;
     * that condition stands outside the union, where a page probes it for the merged rows it reads
     * (nested-loop anti-join) and a total hashes it.
     */
    private String linkRows(SqlWhere where, Link link, SortSpec sort) {
        String keys = sortKeys.values().stream().map(key -> ", x." + key.column().substring(2)).sorted()
                .collect(Collectors.joining());
        String order = sort.onColumns(column -> column.equals("v.id") ? "x." + linkColumn : "x." + column.substring(2))
                .orderBy();
        List<String> values = new TreeSet<>(link.ids()).stream().map(where::param).toList();
        String rows = values.stream().map(value -> "(SELECT x." + linkColumn + " AS id, x." + link.column() + " AS link"
                + keys + " FROM " + link.table() + " x WHERE x." + link.column() + " = " + value + " ORDER BY " + order + ")")
                .collect(Collectors.joining(" UNION ALL "));
        if (values.size() > 1) {
            where.add("NOT EXISTS (SELECT 1 FROM " + link.table() + " y WHERE y." + linkColumn + " = d.id AND y."
                    + link.column() + " IN (" + String.join(", ", values) + ") AND y." + link.column() + " < d.link)");
        }
        return rows;
    }

    /** A filter "linked through {@code table} to any of {@code ids} in its {@code column}" (none: no restriction). */
    public record Link(String table, String column, Set<String> ids) {
    }

    /** The facets named, in that order. */
    public List<Facet> facets(Set<String> names) {
        return names.stream().map(facets::get).toList();
    }
}
