package org.ilo.cnmn.platform.paging;

/** Turns a result row into a record, reading its columns by name. */
@FunctionalInterface
public interface RowMapper<T> {
    T map(Row row);
}
