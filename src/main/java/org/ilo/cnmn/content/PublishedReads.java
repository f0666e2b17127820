package org.ilo.cnmn.content;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.params.QueryParams;

/**
 * What one kind of published item offers readers (its resource, exports, feeds): filters parsed from
 * the query parameters {@code Q} into {@code F}, sorts, pages, single items and whole streams of {@code D}.
 */
public interface PublishedReads<Q, F extends PublishedReads.Filter, D> {

    /** A list filter; {@code q} is its full-text search, or null. */
    interface Filter {
        String q();
    }

    /** How the list is queried: sort keys, facets. */
    PublishedList published();

    /** Parses the filter parameters, collecting problems in {@code params}. */
    F parse(QueryParams params, Q raw);

    /** Answers 400 naming each filter parameter that refers to something that does not exist. */
    void requireKnown(F filter);

    Slice<D> list(F filter, SortSpec sort, int limit, String cursor, Set<String> facets, Language lang);

    Optional<D> find(String id, Language lang);

    /** Every item matching {@code filter}, in {@code sort} order, streamed to {@code sink} in constant memory. */
    void forEach(F filter, SortSpec sort, Consumer<D> sink);

    /** Changes exactly when the items matching {@code filter}, or any of them, change. */
    String fingerprint(F filter);

    /**
     * The filter parameters as parsed and checked; their problems join those collected in {@code params}, and
     * list, forEach and fingerprint then take the filter as checked.
     */
    default F filter(QueryParams params, Q raw) {
        F filter = parse(params, raw);
        params.check(() -> requireKnown(filter));
        return filter;
    }

    /** The sort a request asks for; relevance is a key (and the default) only when searching with {@code q}. */
    default SortSpec sort(QueryParams params, String raw, F filter) {
        return published().sort(params, raw, filter.q());
    }
}
