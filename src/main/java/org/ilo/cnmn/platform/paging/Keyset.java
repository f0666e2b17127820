package org.ilo.cnmn.platform.paging;

import java.util.List;

/**
 * The rows the keyset loop read: at most the limit, whether more follow, and the position after the
 * last of them (null when there are none), from which the caller makes its continuation token.
 */
public record Keyset<T>(List<T> items, boolean more, Cursor last) {
}
