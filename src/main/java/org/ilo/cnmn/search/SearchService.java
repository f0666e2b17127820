package org.ilo.cnmn.search;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.paging.Slice;

/** Full-text search over projects and press releases together, best match first, keyset-paged. */
@ApplicationScoped
public class SearchService {

    static final Set<String> TYPES = Set.of("project", "pressRelease");

    @Inject KeysetPager pager;
    @Inject IloConfig config;

    public Slice<SearchHitDto> search(String q, Set<String> types, int limit, String cursor) {
        IloConfig.Search settings = config.search();
        return pager.page(SearchQueries.query(q, types, limit, settings.walkRows(), settings.exactTotalUpTo()), cursor,
                SearchQueries::hit);
    }
}
