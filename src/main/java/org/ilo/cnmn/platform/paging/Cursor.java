package org.ilo.cnmn.platform.paging;

import java.util.List;

/** Position after a row in a sorted list: that row's sort values (as text) and its id. */
public record Cursor(List<String> values, String id) {
}
