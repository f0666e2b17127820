package org.ilo.cnmn.platform.paging;

import java.util.List;
import java.util.Map;

/**
 * One page as a service returns it: the items, the total (and whether it is an estimate; null where
 * a list's totals are always counted), the next cursor (null at the end) and the facet counts that
 * were asked for (null when none were).
 */
public record Slice<T>(List<T> items, int limit, long totalItems, Boolean totalItemsIsEstimate, String nextCursor,
        Map<String, List<FacetValue>> facets) {

    public Slice<T> withFacets(Map<String, List<FacetValue>> counts) {
        return new Slice<>(items, limit, totalItems, totalItemsIsEstimate, nextCursor, counts);
    }

    public Page<T> toPage() {
        return new Page<>(items, new PageInfo(limit, totalItems, totalItemsIsEstimate, nextCursor), facets);
    }
}
