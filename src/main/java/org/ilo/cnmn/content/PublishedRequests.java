package org.ilo.cnmn.content;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.platform.paging.Page;
import org.ilo.cnmn.platform.paging.Pages;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.params.LanguageParams;
import org.ilo.cnmn.platform.params.PageParams;
import org.ilo.cnmn.platform.params.QueryParams;
import org.ilo.cnmn.platform.problem.ApiException;
import org.jboss.resteasy.reactive.RestResponse;

/** The GET requests every published kind answers alike: a filtered, sorted, faceted page, and one item. */
public final class PublishedRequests {

    private PublishedRequests() {
    }

    /** A page in the language asked for; every parameter's problem is reported together. */
    public static <Q, F extends PublishedReads.Filter, D> RestResponse<Page<D>> list(PublishedReads<Q, F, D> reads,
            Q filters, String sort, List<String> facets, PageParams page, LanguageParams languages, UriInfo uri,
            IloConfig config) {
        QueryParams params = new QueryParams();
        F filter = reads.filter(params, filters);
        SortSpec order = reads.sort(params, sort, filter);
        Set<String> facetNames = params.names("facets", facets, reads.published().facets().keySet());
        int size = page.size(params, config);
        Language language = languages.language(params);
        params.throwIfInvalid();
        return Pages.ok(reads.list(filter, order, size, page.cursor(), facetNames, language), uri, language.tag());
    }

    /** One item in the language asked for, or 404 naming it as {@code noun}. */
    public static <D> RestResponse<D> get(PublishedReads<?, ?, D> reads, String noun, String id,
            LanguageParams languages) {
        QueryParams params = new QueryParams();
        Language language = languages.language(params);
        params.throwIfInvalid();
        D item = reads.find(id, language).orElseThrow(() -> ApiException.notFound(noun, id));
        return RestResponse.ResponseBuilder.ok(item).header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).build();
    }
}
