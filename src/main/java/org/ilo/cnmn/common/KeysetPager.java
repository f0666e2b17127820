package org.ilo.cnmn.common;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Reads one page of a read-model view in keyset order: the rows after the cursor, one more than
 * the limit to learn whether a next page exists, and the total of the filtered list.
 */
@ApplicationScoped
public class KeysetPager {

    private final EntityManager em;
    private final CursorCodec cursors;

    public KeysetPager(EntityManager em, CursorCodec cursors) {
        this.em = em;
        this.cursors = cursors;
    }

    /**
     * @param view  the view and its alias, e.g. {@code project_view v}, which the filter and sort refer to
     * @param scope what the cursor is bound to: the list, its sort and its filters
     */
    public <R, D> Slice<D> page(String view, Class<R> type, SqlWhere filter, SortSpec<R> sort, int limit,
            String cursorToken, String scope, Function<R, String> id, Function<R, D> toDto) {
        SqlWhere page = filter.copy();
        if (cursorToken != null) {
            sort.addKeyset(page, cursors.decode(cursorToken, scope));
        }
        long total = ((Number) filter.bind(em.createNativeQuery("SELECT count(*) FROM " + view + filter.sql()))
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<R> rows = page.bind(em.createNativeQuery("SELECT * FROM " + view + page.sql()
                + " ORDER BY " + sort.orderBy() + " LIMIT " + (limit + 1), type)).getResultList();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            R last = rows.get(limit - 1);
            next = cursors.encode(sort.cursorAfter(last, id.apply(last)), scope);
        }
        return new Slice<>(rows.stream().map(toDto).toList(), limit, total, next);
    }
}
