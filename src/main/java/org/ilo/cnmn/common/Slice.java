package org.ilo.cnmn.common;

import java.util.List;

/** One page as a service returns it: the items, the total and the next cursor (null at the end). */
public record Slice<T>(List<T> items, int limit, long totalItems, String nextCursor) {

    public Page<T> toPage() {
        return new Page<>(items, new PageInfo(limit, totalItems, nextCursor));
    }
}
