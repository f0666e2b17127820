package org.ilo.cnmn.platform.params;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.platform.openapi.ApiDefinition;
import org.jboss.resteasy.reactive.RestQuery;

/** The keyset paging parameters of every list: {@code limit} and {@code cursor}, as the client sends them. */
public class PageParams {

    @Parameter(ref = ApiDefinition.LIMIT)
    @RestQuery
    String limit;

    @Parameter(description = "Opaque cursor from the previous page's `nextCursor`; only valid with the same query, "
            + "filters and sort.")
    @RestQuery
    String cursor;

    /** The page size asked for, within the configured bounds; a bad {@code limit} joins the problems in {@code params}. */
    public int size(QueryParams params, IloConfig config) {
        return params.limit(limit, config.defaultPageSize(), config.maxPageSize());
    }

    /** The page size of a list that has no other parameters: a bad {@code limit} is a 400 at once. */
    public int size(IloConfig config) {
        QueryParams params = new QueryParams();
        int size = size(params, config);
        params.throwIfInvalid();
        return size;
    }

    /** The cursor as sent; the pager checks it. */
    public String cursor() {
        return cursor;
    }
}
