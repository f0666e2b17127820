package org.ilo.cnmn.common;

import java.util.function.Function;

/**
 * A key a list can be ordered by: its public name, the SQL expression it orders on and how to
 * read its value from a row, so the last row of a page can become the next page's cursor.
 */
public record SortKey<R>(String name, String column, ValueType type, Function<R, Object> value) {
}
