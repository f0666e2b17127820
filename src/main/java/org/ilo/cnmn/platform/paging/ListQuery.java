package org.ilo.cnmn.platform.paging;

/**
 * One list request against a read-model view.
 *
 * @param from   the view (alias {@code v}) and any joins the filter or sort need
 * @param filter the WHERE clause of the filters; the cursor's keyset condition is added to a copy
 * @param scope  what a cursor is bound to: the list, its sort and its filters
 */
public record ListQuery(String from, SqlWhere filter, SortSpec sort, int limit, String cursor, String scope) {
}
