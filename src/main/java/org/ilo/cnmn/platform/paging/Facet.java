package org.ilo.cnmn.platform.paging;

/**
 * A facet a list can count: the joins that reach its values from the list's rows (alias {@code v};
 * empty when the value is a column of the row) and the SQL expressions of a value and its name.
 */
public record Facet(String name, String join, String value, String label) {
}
