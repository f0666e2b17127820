package org.ilo.cnmn.platform.paging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.ilo.cnmn.platform.caching.DataVersion;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reads lists from read-model views in keyset order: the rows after the cursor plus one (to learn
 * whether a next page exists), with the sort values of each row read back from SQL for the next
 * cursor. Totals and facet counts depend only on the filters and the data, so they are kept per
 * data version and a page costs one statement while nothing changes.
 */
@ApplicationScoped
public class KeysetPager {

    private record Counted(long version, Object value) {
    }

    private final EntityManager em;
    private final CursorCodec cursors;
    private final DataVersion dataVersion;
    private final Map<String, Counted> counts = Caffeine.newBuilder().maximumSize(5_000).<String, Counted> build().asMap();

    public KeysetPager(EntityManager em, CursorCodec cursors, DataVersion dataVersion) {
        this.em = em;
        this.cursors = cursors;
        this.dataVersion = dataVersion;
    }

    public <R, D> Slice<D> page(ListQuery query, Class<R> type, Function<R, String> id, Function<R, D> toDto) {
        Optional<DataVersion.Snapshot> version = dataVersion.current();
        SqlWhere page = query.filter().copy();
        if (query.cursor() != null) {
            query.sort().addKeyset(page, cursors.decode(query.cursor(), query.scope()));
        }
        SortSpec sort = query.sort();
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> select = em.createNativeQuery("SELECT v.*" + sort.keyColumns() + " FROM " + query.from()
                + page.sql() + " ORDER BY " + sort.orderBy() + " LIMIT " + (query.limit() + 1))
                .unwrap(NativeQuery.class);
        select.addEntity("v", type);
        for (int i = 0; i < sort.orders().size(); i++) {
            select.addScalar("k" + i, sort.orders().get(i).key().type().javaType());
        }
        List<Object[]> rows = page.bind(select).getResultList();

        String next = null;
        if (rows.size() > query.limit()) {
            rows = rows.subList(0, query.limit());
            Object[] last = rows.get(query.limit() - 1);
            @SuppressWarnings("unchecked")
            R lastRow = (R) last[0];
            Object[] keys = new Object[last.length - 1];
            System.arraycopy(last, 1, keys, 0, keys.length);
            next = cursors.encode(sort.cursorAfter(keys, id.apply(lastRow)), query.scope());
        }
        List<D> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            R entity = (R) row[0];
            items.add(toDto.apply(entity));
        }
        return new Slice<>(items, query.limit(), total(query, version), next, null);
    }

    /**
     * Facet counts over the filtered list, all requested facets in one statement. Each facet is a
     * query of {@code (value, name, count)} with {@code {from}} and {@code {where}} placeholders.
     */
    public Map<String, List<FacetValue>> facets(ListQuery query, Map<String, String> facetSql) {
        if (facetSql.isEmpty()) {
            return null;
        }
        Optional<DataVersion.Snapshot> version = dataVersion.current();
        String key = "facets:" + query.from() + query.filter().cacheKey() + facetSql.keySet();
        @SuppressWarnings("unchecked")
        Map<String, List<FacetValue>> cached = (Map<String, List<FacetValue>>) cached(key, version);
        if (cached != null) {
            return cached;
        }
        List<String> parts = new ArrayList<>();
        facetSql.forEach((name, sql) -> parts.add("(SELECT '" + name + "' AS facet, f.* FROM ("
                + sql.replace("{from}", query.from()).replace("{where}", query.filter().sql()) + ") f)"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.filter().bind(em.createNativeQuery(String.join(" UNION ALL ", parts)))
                .getResultList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facetSql.keySet().forEach(name -> facets.put(name, new ArrayList<>()));
        for (Object[] row : rows) {
            facets.get((String) row[0]).add(new FacetValue(row[1].toString(), row[2].toString(), ((Number) row[3]).longValue()));
        }
        // Most frequent first, then by value, so menus are stable.
        facets.replaceAll((name, values) -> values.stream()
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value))
                .toList());
        remember(key, version, facets);
        return facets;
    }

    private long total(ListQuery query, Optional<DataVersion.Snapshot> version) {
        String key = "total:" + query.from() + query.filter().cacheKey();
        Object cached = cached(key, version);
        if (cached != null) {
            return (Long) cached;
        }
        long total = ((Number) query.filter().bind(em.createNativeQuery("SELECT count(*) FROM " + query.from()
                + query.filter().sql())).getSingleResult()).longValue();
        remember(key, version, total);
        return total;
    }

    private Object cached(String key, Optional<DataVersion.Snapshot> version) {
        Counted c = counts.get(key);
        return c != null && version.isPresent() && c.version() == version.get().version() ? c.value() : null;
    }

    private void remember(String key, Optional<DataVersion.Snapshot> version, Object value) {
        version.ifPresent(v -> counts.put(key, new Counted(v.version(), value)));
    }
}
