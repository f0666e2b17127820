package org.ilo.cnmn.platform.paging;

/**
 * A key a list can be ordered by: its public name, the SQL expression it orders on (over the
 * list's view, alias {@code v}) and the type of its values.
 */
public record SortKey(String name, String column, ValueType type) {
}
