package org.ilo.cnmn.platform.paging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ilo.cnmn.platform.caching.DataVersion;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reads lists in keyset order: the rows after a position plus one (to learn whether more follow),
 * with the sort values and tiebreak of each row read back from SQL for the next position. Totals and
 * facet counts of versioned data depend only on the filters and the data, so they are kept per data
 * version and a page costs one statement while nothing changes.
 */
@ApplicationScoped
public class KeysetPager {

    private record Counted(long version, Object value) {
    }

    private record Keyed<T>(T item, Row row) {
    }

    @Inject SqlRows rows;
    @Inject CursorCodec cursors;
    @Inject DataVersion dataVersion;
    private final Map<String, Counted> counts = Caffeine.newBuilder().maximumSize(5_000).<String, Counted> build().asMap();

    /** The keyset loop: up to {@code query.limit()} rows after {@code after} (null: from the start). */
    public <T> Keyset<T> after(KeysetQuery query, Cursor after, RowMapper<T> mapper) {
        SortSpec sort = query.sort();
        // A positioned FROM places the filter's clauses itself, inside its branches.
        SqlWhere page = query.positioned() == null ? query.filter().copy() : query.filter().valuesOnly();
        if (after != null) {
            sort.addKeyset(page, after);
        }
        String from = query.positioned() == null ? query.from() : query.positioned().from(page, after);
        List<Keyed<T>> read = rows.list("SELECT " + query.columns() + sort.keyColumns() + sort.tiebreakColumn()
                + " FROM " + from + page.sql() + " ORDER BY " + sort.orderBy()
                + " LIMIT " + (query.limit() + 1), page, row -> new Keyed<>(mapper.map(row), row));
        boolean more = read.size() > query.limit();
        if (more) {
            read = read.subList(0, query.limit());
        }
        Cursor last = read.isEmpty() ? null : sort.cursorAfter(read.get(read.size() - 1).row());
        return new Keyset<>(read.stream().map(Keyed::item).toList(), more, last);
    }

    /** One page after the opaque {@code cursor} (null: the first), with the total and the next cursor. */
    public <T> Slice<T> page(KeysetQuery query, String cursor, RowMapper<T> mapper) {
        Optional<DataVersion.Snapshot> version = dataVersion.current();
        Keyset<T> read = after(query, cursor == null ? null : cursors.decode(cursor, query.scope()), mapper);
        String next = read.more() ? cursors.encode(read.last(), query.scope()) : null;
        Total total = total(query, version);
        return new Slice<>(read.items(), query.limit(), total.items(), query.counter() == null ? null : total.estimate(),
                next, null);
    }

    /** A page with the counts of {@code facets} over the whole filtered list (none asked: facets are null). */
    public <T> Slice<T> page(KeysetQuery query, String cursor, RowMapper<T> mapper, List<Facet> facets) {
        Slice<T> page = page(query, cursor, mapper);
        return facets.isEmpty() ? page : page.withFacets(facets(query, facets));
    }

    /** Facet counts over the filtered list, all requested facets in one statement. */
    private Map<String, List<FacetValue>> facets(KeysetQuery query, List<Facet> wanted) {
        Optional<DataVersion.Snapshot> version = dataVersion.current();
        String key = "facets:" + query.from() + query.filter().cacheKey() + wanted.stream().map(Facet::name).toList();
        @SuppressWarnings("unchecked")
        Map<String, List<FacetValue>> cached = (Map<String, List<FacetValue>>) cached(query, key, version);
        if (cached != null) {
            return cached;
        }
        SqlWhere where = query.filter().copy();
        List<String> parts = new ArrayList<>();
        for (Facet f : wanted) {
            parts.add("(SELECT " + where.param(f.name()) + " AS facet, " + f.value() + " AS value, " + f.label()
                    + " AS name, count(*) AS count FROM " + query.from() + (f.join().isEmpty() ? "" : " " + f.join())
                    + query.filter().sql() + " GROUP BY " + f.value() + ", " + f.label() + ")");
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        wanted.forEach(f -> facets.put(f.name(), new ArrayList<>()));
        rows.list(String.join(" UNION ALL ", parts), where, row -> Map.entry(row.text("facet"),
                new FacetValue(row.text("value"), row.text("name"), row.whole("count"))))
                .forEach(count -> facets.get(count.getKey()).add(count.getValue()));
        // Most frequent first, then by value, so menus are stable.
        facets.replaceAll((name, values) -> values.stream()
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value))
                .toList());
        remember(query, key, version, facets);
        return facets;
    }

    private Total total(KeysetQuery query, Optional<DataVersion.Snapshot> version) {
        // A counter's list is named by its scope; a plain count's by what it counts.
        String key = "total:" + (query.counter() != null ? query.scope() : query.from() + query.filter().cacheKey());
        Object cached = cached(query, key, version);
        if (cached != null) {
            return (Total) cached;
        }
        Total total = query.counter() != null ? query.counter().count(rows)
                : Total.exact(rows.one("SELECT count(*) AS total FROM " + query.from() + query.filter().sql(),
                        query.filter(), row -> row.whole("total")));
        remember(query, key, version, total);
        return total;
    }

    private Object cached(KeysetQuery query, String key, Optional<DataVersion.Snapshot> version) {
        Counted c = query.versioned() ? counts.get(key) : null;
        return c != null && version.isPresent() && c.version() == version.get().version() ? c.value() : null;
    }

    private void remember(KeysetQuery query, String key, Optional<DataVersion.Snapshot> version, Object value) {
        if (query.versioned()) {
            version.ifPresent(v -> counts.put(key, new Counted(v.version(), value)));
        }
    }
}
