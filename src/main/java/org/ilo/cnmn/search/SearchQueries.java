package org.ilo.cnmn.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ilo.cnmn.content.TextSearch;
import org.ilo.cnmn.platform.paging.KeysetQuery;
import org.ilo.cnmn.platform.paging.Row;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.ValueType;

/** The SQL of a search over view {@code search_document}: best match first, ties on (type, id). */
final class SearchQueries {

    private static final String RANK = "ts_rank(d.search, " + TextSearch.QUERY + ")";
    private static final SortSpec ORDER = SortSpec.parse("-relevance", "-relevance",
            Map.of("relevance", new SortKey("relevance", RANK, ValueType.REAL)), "(d.type || ':' || d.id)");
    /** HTML-escaped before highlighting, so a snippet is safe to insert as HTML. */
    private static final String SNIPPET = "ts_headline('english', replace(replace(replace(coalesce(d.summary, d.title),"
            + " '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), " + TextSearch.QUERY
            + ", 'StartSel=<mark>, StopSel=</mark>, MinWords=12, MaxWords=30, MaxFragments=2, FragmentDelimiter=\" … \"')";

    private SearchQueries() {
    }

    static KeysetQuery query(String q, Set<String> types, int limit) {
        SqlWhere where = new SqlWhere();
        where.add(TextSearch.condition("d", where, q));
        if (!types.isEmpty()) {
            where.add("d.type IN (" + where.param(List.copyOf(types)) + ")");
        }
        return new KeysetQuery("d.type, d.id, d.title, d.date, " + RANK + " AS score, " + SNIPPET + " AS snippet",
                "search_document d", where, ORDER, limit, "search;" + q + ";" + new TreeSet<>(types), true);
    }

    static SearchHitDto hit(Row row) {
        String type = row.text("type");
        String id = row.text("id");
        return new SearchHitDto(type, id, row.text("title"), row.date("date"), row.text("snippet"), row.real("score"),
                (type.equals("project") ? "/api/v1/projects/" : "/api/v1/press-releases/") + id);
    }
}
