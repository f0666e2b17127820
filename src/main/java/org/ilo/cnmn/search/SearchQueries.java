package org.ilo.cnmn.search;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ilo.cnmn.content.TextSearch;
import org.ilo.cnmn.content.TieredSearch;
import org.ilo.cnmn.platform.paging.KeysetQuery;
import org.ilo.cnmn.platform.paging.Row;
import org.ilo.cnmn.platform.paging.SqlRows;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.Total;

/** The SQL of a search: projects and press releases together, ranked as {@link TieredSearch} says. */
final class SearchQueries {

    /** One source per type, in the tiebreak order of their kinds (press releases first). */
    private static final List<TieredSearch.Source> SOURCES = List.of(
            new TieredSearch.Source("pressRelease", 0, "press_release s", "", "s.published_on", "s.id"),
            new TieredSearch.Source("project", 1, "project s", "", "s.start_date", "s.id"));
    /** HTML-escaped before highlighting, so a snippet is safe to insert as HTML. */
    private static final String SNIPPET = "ts_headline('english', replace(replace(replace(coalesce(d.summary, d.title),"
            + " '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), " + TextSearch.QUERY
            + ", 'StartSel=<mark>, StopSel=</mark>, MinWords=12, MaxWords=30, MaxFragments=2, FragmentDelimiter=\" … \"')";

    private SearchQueries() {
    }

    static KeysetQuery query(String q, Set<String> types, int limit, int walk, long exactTotalUpTo) {
        List<TieredSearch.Source> sources = SOURCES.stream().filter(s -> types.isEmpty() || types.contains(s.type()))
                .toList();
        SqlWhere outer = new SqlWhere();
        outer.param("q", q);
        return new KeysetQuery("d.type, d.id, d.title, d.date, CAST(h.tier AS real) AS score, " + SNIPPET + " AS snippet",
                "search_document", outer, TieredSearch.ORDER, limit, "search;" + q + ";" + new TreeSet<>(types), true,
                (params, after) -> TieredSearch.hits(params, after, q, sources, limit, walk)
                        + " JOIN search_document d ON d.type = h.type AND d.id = h.id",
                rows -> total(rows, q, sources, exactTotalUpTo));
    }

    static SearchHitDto hit(Row row) {
        String type = row.text("type");
        String id = row.text("id");
        return new SearchHitDto(type, id, row.text("title"), row.date("date"), row.text("snippet"), row.real("score"),
                (type.equals("project") ? "/api/v1/projects/" : "/api/v1/press-releases/") + id);
    }

    private static Total total(SqlRows rows, String q, List<TieredSearch.Source> sources, long exactUpTo) {
        List<String> types = sources.stream().map(TieredSearch.Source::type).toList();
        SqlWhere where = new SqlWhere();
        where.add(TextSearch.condition("d", where, q));
        where.add("d.type IN (" + where.param(types) + ")");
        return TieredSearch.total(rows, q, types.contains("project"), types.contains("pressRelease"), exactUpTo,
                () -> rows.one("SELECT count(*) AS total FROM search_document d" + where.sql(), where,
                        row -> row.whole("total")));
    }
}
