package org.ilo.cnmn.platform.paging;

/**
 * One keyset-paged read.
 *
 * @param columns    the select list the row mapper reads (the pager adds the sort keys and the tiebreak)
 * @param from       the table or view and any joins the filter or sort need
 * @param filter     the WHERE clause of the filters; the keyset condition is added to a copy (with
 *                   {@code positioned}, only its values: the clauses are the rows' that {@code from} and
 *                   {@code filter} still count, for the total and facets)
 * @param scope      what a cursor is bound to: the list, its sort and its filters
 * @param versioned  whether the rows change only with the data version, so that totals and facet
 *                   counts may be kept per version
 * @param positioned when not null, builds {@code from} for a position instead (see {@link Positioned})
 * @param counter    when not null, how the total is found instead of counting every row of {@code from}
 */
public record KeysetQuery(String columns, String from, SqlWhere filter, SortSpec sort, int limit, String scope,
        boolean versioned, Positioned positioned, Counter counter) {

    /**
     * A FROM clause that takes the keyset position inside itself: a union whose branches each read in
     * the list's order from their own index and stop after a page, where a condition outside the union
     * could not reach into the branches. The pager still applies its keyset condition and order outside.
     */
    @FunctionalInterface
    public interface Positioned {

        /** The FROM clause of the rows after {@code after} (null: from the start), binding its values in {@code params}. */
        String from(SqlWhere params, Cursor after);
    }

    /** Finds the total of a list that a plain count would make slow. */
    @FunctionalInterface
    public interface Counter {

        Total count(SqlRows rows);
    }

    public KeysetQuery(String columns, String from, SqlWhere filter, SortSpec sort, int limit, String scope,
            boolean versioned) {
        this(columns, from, filter, sort, limit, scope, versioned, null, null);
    }

    public KeysetQuery withLimit(int limit) {
        return new KeysetQuery(columns, from, filter, sort, limit, scope, versioned, positioned, counter);
    }
}
