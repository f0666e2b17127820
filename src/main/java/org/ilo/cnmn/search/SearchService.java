package org.ilo.cnmn.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ilo.cnmn.platform.paging.CursorCodec;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.content.TextSearch;
import org.ilo.cnmn.platform.paging.ValueType;

/**
 * Full-text search over projects and press releases together (view {@code search_document}),
 * best match first, keyset-paged on (relevance, type, id).
 */
@ApplicationScoped
public class SearchService {

    static final Set<String> TYPES = Set.of("project", "pressRelease");

    private static final String QUERY = TextSearch.QUERY;
    private static final SortSpec ORDER = SortSpec.parse("-relevance", "-relevance",
            Map.of("relevance", new SortKey("relevance", "ts_rank(d.search, " + QUERY + ")", ValueType.REAL)),
            "(d.type || ':' || d.id)");
    /** HTML-escaped before highlighting, so a snippet is safe to insert as HTML. */
    private static final String SNIPPET = "ts_headline('english', replace(replace(replace(coalesce(d.summary, d.title),"
            + " '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), " + QUERY
            + ", 'StartSel=<mark>, StopSel=</mark>, MinWords=12, MaxWords=30, MaxFragments=2, FragmentDelimiter=\" … \"')";

    private final EntityManager em;
    private final CursorCodec cursors;

    public SearchService(EntityManager em, CursorCodec cursors) {
        this.em = em;
        this.cursors = cursors;
    }

    public Slice<SearchHitDto> search(String q, Set<String> types, int limit, String cursor) {
        String scope = "search;" + q + ";" + new TreeSet<>(types);
        SqlWhere where = new SqlWhere();
        where.add(TextSearch.condition("d", where, q));
        if (!types.isEmpty()) {
            where.add("d.type IN (" + where.param(List.copyOf(types)) + ")");
        }
        long total = ((Number) where.bind(em.createNativeQuery("SELECT count(*) FROM search_document d" + where.sql()))
                .getSingleResult()).longValue();
        SqlWhere page = where.copy();
        if (cursor != null) {
            ORDER.addKeyset(page, cursors.decode(cursor, scope));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.bind(em.createNativeQuery("SELECT d.type, d.id, d.title, d.date"
                + ORDER.keyColumns() + ", " + SNIPPET + " AS snippet FROM search_document d" + page.sql()
                + " ORDER BY " + ORDER.orderBy() + " LIMIT " + (limit + 1), Object[].class)).getResultList();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Object[] last = rows.get(limit - 1);
            next = cursors.encode(ORDER.cursorAfter(new Object[] { last[4] }, last[0] + ":" + last[1]), scope);
        }
        List<SearchHitDto> hits = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String type = (String) r[0];
            String id = (String) r[1];
            hits.add(new SearchHitDto(type, id, (String) r[2], date(r[3]), (String) r[5], ((Number) r[4]).floatValue(),
                    (type.equals("project") ? "/api/v1/projects/" : "/api/v1/press-releases/") + id));
        }
        return new Slice<>(hits, limit, total, next, null);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
