package org.ilo.cnmn.platform.paging;

/**
 * One keyset-paged read.
 *
 * @param columns   the select list the row mapper reads (the pager adds the sort keys and the tiebreak)
 * @param from      the table or view and any joins the filter or sort need
 * @param filter    the WHERE clause of the filters; the keyset condition is added to a copy
 * @param scope     what a cursor is bound to: the list, its sort and its filters
 * @param versioned whether the rows change only with the data version, so that totals and facet
 *                  counts may be kept per version
 */
public record KeysetQuery(String columns, String from, SqlWhere filter, SortSpec sort, int limit, String scope,
        boolean versioned) {

    public KeysetQuery withLimit(int limit) {
        return new KeysetQuery(columns, from, filter, sort, limit, scope, versioned);
    }
}
