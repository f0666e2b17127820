package org.ilo.cnmn.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.function.LongSupplier;

import org.ilo.cnmn.platform.paging.Cursor;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlRows;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.Total;
import org.ilo.cnmn.platform.paging.ValueType;

/**
 * Relevance that stays fast on common words, for /api/v1/search and lists with {@code q}. Relevance
 * is a tier, then recency: an item whose English title alone matches the query, as the whole item
 * does (tier 2), ranks above one that matches only with its summary or a translation (tier 1);
 * within a tier the newer first, then by kind (press releases before projects), then by id.
 *
 * <p>Each tier of each source is a branch that yields its rows already in that order and stops after
 * a page: it walks the source in date order through at most {@code walk} rows after the position, and
 * only when fewer than a page of those match (a rare query) takes every match from the text index and
 * sorts them. No step depends on the planner guessing how many rows match: it cannot know how often a
 * word is in a summary but not in the title, and a walk planned on a wrong guess reads every row.
 * Tier 1 is read only when tier 2 cannot fill the page.
 */
public final class TieredSearch {

    /**
     * Rows of one kind in date order: a FROM clause whose alias {@code s} has the search columns
     * (search, search_title, translated_text), its conditions (" WHERE …" or ""), and the columns
     * holding the date and the unique id the order ends with.
     */
    public record Source(String type, long kind, String from, String where, String date, String id) {
    }

    /** The order of the hits {@link #hits} yields (alias {@code h}). */
    public static final SortSpec ORDER = new SortSpec(List.of(
            new SortSpec.Order(new SortKey("tier", "h.tier", ValueType.WHOLE), true),
            new SortSpec.Order(new SortKey("date", "h.date", ValueType.DATE), true),
            new SortSpec.Order(new SortKey("kind", "h.kind", ValueType.WHOLE), false)),
            new SortSpec.Tiebreak("h.id", ValueType.TEXT, false));

    private TieredSearch() {
    }

    /** Tier 2's condition on the search columns of {@code alias}; the whole text must match too (a query may exclude a word). */
    public static String titleMatches(String alias) {
        return alias + ".search_title @@ " + TextSearch.QUERY + " AND " + alias + ".search @@ " + TextSearch.QUERY;
    }

    /** The tier of a row whose search columns are on {@code alias} and that matches the query. */
    public static String tier(String alias) {
        return "CAST(CASE WHEN " + titleMatches(alias) + " THEN 2 ELSE 1 END AS bigint)";
    }

    /**
     * A subquery (alias {@code h}: tier, date, kind, type, id) of the first {@code limit + 1} hits of
     * {@code q} after {@code after} (null: from the start), in {@link #ORDER}.
     */
    public static String hits(SqlWhere params, Cursor after, String q, List<Source> sources, int limit, int walk) {
        List<Object> at = after == null ? null : ORDER.values(after);
        List<String> ctes = new ArrayList<>();
        List<String> titled = new ArrayList<>();
        for (Source source : sources) {
            addBranch(ctes, titled, params, at, source, 2, TieredSearch::titleMatches, "", limit, walk);
        }
        List<String> rows = new ArrayList<>();
        String gate = "";
        if (!titled.isEmpty()) {
            ctes.add("titled AS MATERIALIZED (" + String.join(" UNION ALL ", titled) + ")");
            rows.add("SELECT * FROM titled");
            gate = "(SELECT count(*) FROM titled) <= " + limit + " AND ";
        }
        for (Source source : sources) {
            addBranch(ctes, rows, params, at, source, 1, alias -> "(" + TextSearch.condition(alias, params, q)
                    + ") AND NOT (" + titleMatches(alias) + ")", gate, limit, walk);
        }
        return "(WITH " + String.join(", ", ctes) + " SELECT * FROM (" + String.join(" UNION ALL ", rows)
                + ") u ORDER BY u.tier DESC, u.date DESC, u.kind, u.id LIMIT " + (limit + 1) + ") h";
    }

    /**
     * How many items match {@code q} among projects and/or press releases: PostgreSQL's estimate from its
     * statistics where it expects more than {@code exactUpTo} (counting would read every match), else
     * {@code count}. Translations are matched as substrings, which the statistics do not cover: counted.
     */
    public static Total total(SqlRows rows, String q, boolean projects, boolean pressReleases, long exactUpTo,
            LongSupplier count) {
        if (!TextSearch.matchesTranslations(q)) {
            SqlWhere estimate = new SqlWhere();
            long expected = rows.one("SELECT search_estimate(" + estimate.param(q) + ", " + estimate.param(projects)
                    + ", " + estimate.param(pressReleases) + ") AS expected", estimate, row -> row.whole("expected"));
            if (expected > exactUpTo) {
                return new Total(expected, true);
            }
        }
        return Total.exact(count.getAsLong());
    }

    private interface Match {
        String on(String alias);
    }

    /**
     * Adds the CTEs of one tier of one source, and to {@code branches} the SELECT of its first rows after
     * the position (nothing when the position is past the branch). {@code gate} must hold for it to read.
     */
    private static void addBranch(List<String> ctes, List<String> branches, SqlWhere params, List<Object> at,
            Source source, int tier, Match matches, String gate, int limit, int walk) {
        String keyset = keyset(params, at, source, tier);
        if (keyset == null) {
            return;
        }
        String name = "b" + source.kind() + "_" + tier;
        String page = String.valueOf(limit + 1);
        String walked = "(SELECT count(*) FROM " + name + "_walk)";
        String where = source.where() + (keyset.isEmpty() ? "" : (source.where().isEmpty() ? " WHERE " : " AND ") + keyset);
        ctes.add(name + "_walk AS MATERIALIZED (SELECT w.id, w.date FROM (SELECT " + source.id() + " AS id, "
                + source.date() + " AS date, s.search, s.search_title, s.translated_text FROM " + source.from() + where
                + " ORDER BY " + source.date() + " DESC, " + source.id() + " LIMIT " + walk + ") w WHERE " + gate
                + matches.on("w") + " ORDER BY w.date DESC, w.id LIMIT " + page + ")");
        ctes.add(name + "_all AS MATERIALIZED (SELECT " + source.id() + " AS id, " + source.date() + " AS date FROM "
                + source.from() + where + (where.isEmpty() ? " WHERE " : " AND ") + gate + walked + " <= " + limit
                + " AND " + matches.on("s") + ")");
        String columns = "SELECT CAST(" + tier + " AS bigint) AS tier, x.date, CAST(" + source.kind()
                + " AS bigint) AS kind, '" + source.type() + "' AS type, x.id FROM ";
        branches.add("(" + columns + name + "_walk x WHERE " + walked + " > " + limit + ") UNION ALL (" + columns + name
                + "_all x ORDER BY x.date DESC, x.id LIMIT " + page + ")");
    }

    /**
     * The condition "after the position" on a source's own date and id columns, so that its walk starts
     * there in the index: "" for all its rows, null for none.
     */
    private static String keyset(SqlWhere params, List<Object> at, Source source, int tier) {
        if (at == null) {
            return "";
        }
        long atTier = (Long) at.get(0);
        if (tier != atTier) {
            return tier > atTier ? null : "";
        }
        String atDate = params.param((LocalDate) at.get(1));
        long atKind = (Long) at.get(2);
        if (source.kind() != atKind) {
            return source.date() + (source.kind() > atKind ? " <= " : " < ") + atDate;
        }
        return source.date() + " <= " + atDate + " AND (" + source.date() + " < " + atDate + " OR " + source.id() + " > "
                + params.param(at.get(3)) + ")";
    }
}
