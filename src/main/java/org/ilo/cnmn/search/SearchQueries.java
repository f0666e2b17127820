package org.ilo.cnmn.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ilo.cnmn.content.TextSearch;
import org.ilo.cnmn.platform.paging.Cursor;
import org.ilo.cnmn.platform.paging.KeysetQuery;
import org.ilo.cnmn.platform.paging.Row;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlRows;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.Total;
import org.ilo.cnmn.platform.paging.ValueType;

/**
 * The SQL of a search. Relevance is a tier, then recency: a hit whose English title alone matches the
 * query, as the whole hit does (tier 2), ranks above one that matches only with its summary or a translation (tier 1); within
 * a tier the newer first (a project's start date, a press release's publication date), then press
 * releases before projects, then by id.
 *
 * <p>Each tier of each table is a branch that yields its rows already in that order and stops after a
 * page: it walks the table's date index through at most {@code walk} rows after the position, and only
 * when fewer than a page of those match (a rare query) takes every match from the text index and sorts
 * them. No step depends on the planner guessing how many rows match: it cannot know how often a word
 * is in a summary but not in the title, and a walk planned on a wrong guess reads the whole table.
 * Tier 1 is read only when tier 2 cannot fill the page.
 */
final class SearchQueries {

    private record Table(String type, long kind, String name, String date) {
    }

    /** In the tiebreak order of {@code kind}. */
    private static final List<Table> TABLES = List.of(new Table("pressRelease", 0, "press_release", "published_on"),
            new Table("project", 1, "project", "start_date"));
    private static final SortSpec ORDER = new SortSpec(List.of(
            new SortSpec.Order(new SortKey("tier", "h.tier", ValueType.WHOLE), true),
            new SortSpec.Order(new SortKey("date", "h.date", ValueType.DATE), true),
            new SortSpec.Order(new SortKey("kind", "h.kind", ValueType.WHOLE), false)),
            new SortSpec.Tiebreak("h.id", ValueType.TEXT, false));
    /** The whole text must match too: a query that excludes a word may match a title but not its summary. */
    private static final String TITLE_MATCHES = "x.search_title @@ " + TextSearch.QUERY + " AND x.search @@ "
            + TextSearch.QUERY;
    /** HTML-escaped before highlighting, so a snippet is safe to insert as HTML. */
    private static final String SNIPPET = "ts_headline('english', replace(replace(replace(coalesce(d.summary, d.title),"
            + " '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), " + TextSearch.QUERY
            + ", 'StartSel=<mark>, StopSel=</mark>, MinWords=12, MaxWords=30, MaxFragments=2, FragmentDelimiter=\" … \"')";

    private SearchQueries() {
    }

    static KeysetQuery query(String q, Set<String> types, int limit, int walk, long exactTotalUpTo) {
        List<Table> tables = TABLES.stream().filter(t -> types.isEmpty() || types.contains(t.type())).toList();
        SqlWhere outer = new SqlWhere();
        outer.param("q", q);
        return new KeysetQuery("d.type, d.id, d.title, d.date, CAST(h.tier AS real) AS score, " + SNIPPET + " AS snippet",
                "search_document", outer, ORDER, limit, "search;" + q + ";" + new TreeSet<>(types), true,
                (params, after) -> from(params, after, q, tables, limit, walk),
                rows -> total(rows, q, tables, exactTotalUpTo));
    }

    static SearchHitDto hit(Row row) {
        String type = row.text("type");
        String id = row.text("id");
        return new SearchHitDto(type, id, row.text("title"), row.date("date"), row.text("snippet"), row.real("score"),
                (type.equals("project") ? "/api/v1/projects/" : "/api/v1/press-releases/") + id);
    }

    private static String from(SqlWhere params, Cursor after, String q, List<Table> tables, int limit, int walk) {
        List<Object> at = after == null ? null : ORDER.values(after);
        String textMatches = TextSearch.condition("x", params, q);
        List<String> ctes = new ArrayList<>();
        List<String> titled = new ArrayList<>();
        for (Table t : tables) {
            addBranch(ctes, titled, params, at, t, 2, TITLE_MATCHES, "", limit, walk);
        }
        List<String> rows = new ArrayList<>();
        String gate = "";
        if (!titled.isEmpty()) {
            ctes.add("titled AS MATERIALIZED (" + String.join(" UNION ALL ", titled) + ")");
            rows.add("SELECT * FROM titled");
            gate = "(SELECT count(*) FROM titled) <= " + limit + " AND ";
        }
        for (Table t : tables) {
            addBranch(ctes, rows, params, at, t, 1, "(" + textMatches + ") AND NOT (" + TITLE_MATCHES + ")", gate, limit, walk);
        }
        return "(WITH " + String.join(", ", ctes) + " SELECT * FROM (" + String.join(" UNION ALL ", rows)
                + ") u ORDER BY u.tier DESC, u.date DESC, u.kind, u.id LIMIT " + (limit + 1)
                + ") h JOIN search_document d ON d.type = h.type AND d.id = h.id";
    }

    /**
     * Adds the CTEs of one tier of one table, and to {@code branches} the SELECT of its first rows after
     * the position (nothing when the position is past the branch). {@code gate} must hold for it to read.
     */
    private static void addBranch(List<String> ctes, List<String> branches, SqlWhere params, List<Object> at,
            Table t, int tier, String matches, String gate, int limit, int walk) {
        String keyset = keyset(params, at, t, tier);
        if (keyset == null) {
            return;
        }
        String name = t.name() + "_" + tier;
        String page = String.valueOf(limit + 1);
        String walked = "(SELECT count(*) FROM " + name + "_walk)";
        ctes.add(name + "_walk AS MATERIALIZED (SELECT x.id, x.date FROM (SELECT x.id, x." + t.date() + " AS date, "
                + "x.search, x.search_title, x.translated_text FROM " + t.name() + " x"
                + (keyset.isEmpty() ? "" : " WHERE " + keyset) + " ORDER BY x." + t.date() + " DESC, x.id LIMIT " + walk
                + ") x WHERE " + gate + matches + " ORDER BY x.date DESC, x.id LIMIT " + page + ")");
        ctes.add(name + "_all AS MATERIALIZED (SELECT x.id, x." + t.date() + " AS date FROM " + t.name() + " x WHERE "
                + gate + walked + " <= " + limit + " AND " + matches + (keyset.isEmpty() ? "" : " AND " + keyset) + ")");
        String columns = "SELECT CAST(" + tier + " AS bigint) AS tier, x.date, CAST(" + t.kind() + " AS bigint) AS kind, '"
                + t.type() + "' AS type, x.id FROM ";
        branches.add("(" + columns + name + "_walk x WHERE " + walked + " > " + limit + ") UNION ALL (" + columns + name
                + "_all x ORDER BY x.date DESC, x.id LIMIT " + page + ")");
    }

    /**
     * The condition "after the position" on a branch's own date and id columns (alias {@code x}), so that
     * its walk starts there in the index: "" for all its rows, null for none.
     */
    private static String keyset(SqlWhere params, List<Object> at, Table t, int tier) {
        if (at == null) {
            return "";
        }
        long atTier = (Long) at.get(0);
        if (tier != atTier) {
            return tier > atTier ? null : "";
        }
        String date = "x." + t.date();
        String atDate = params.param((LocalDate) at.get(1));
        long atKind = (Long) at.get(2);
        if (t.kind() != atKind) {
            return date + (t.kind() > atKind ? " <= " : " < ") + atDate;
        }
        return date + " <= " + atDate + " AND (" + date + " < " + atDate + " OR x.id > " + params.param(at.get(3)) + ")";
    }

    /** The number of hits: counted when the planner expects few enough, else its estimate, marked so. */
    private static Total total(SqlRows rows, String q, List<Table> tables, long exactUpTo) {
        SqlWhere where = new SqlWhere();
        String matches = TextSearch.condition("d", where, q);
        where.add(matches);
        where.add("d.type IN (" + where.param(tables.stream().map(Table::type).toList()) + ")");
        if (!TextSearch.matchesTranslations(q)) {
            SqlWhere estimate = new SqlWhere();
            long expected = rows.one("SELECT search_estimate(" + estimate.param(q) + ", "
                    + estimate.param(tables.stream().anyMatch(t -> t.type().equals("project"))) + ", "
                    + estimate.param(tables.stream().anyMatch(t -> t.type().equals("pressRelease"))) + ") AS expected",
                    estimate, row -> row.whole("expected"));
            if (expected > exactUpTo) {
                return new Total(expected, true);
            }
        }
        return Total.exact(rows.one("SELECT count(*) AS total FROM search_document d" + where.sql(), where,
                row -> row.whole("total")));
    }
}
