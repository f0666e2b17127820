package org.ilo.cnmn.platform.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.query.NativeQuery;

/**
 * Runs SQL written in this code base with the bind values of a {@link SqlWhere} and maps each row,
 * by column name, to a record. Read models are records read from the views, not entities, so
 * nothing read here enters the persistence context.
 */
@ApplicationScoped
public class SqlRows {

    private final EntityManager em;
    private final ObjectMapper json;

    public SqlRows(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        // The database is the source of truth: a property a newer schema added must not break reads.
        this.json = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public <T> List<T> list(String sql, SqlWhere params, RowMapper<T> mapper) {
        return tuples(sql, params).getResultList().stream().map(t -> mapper.map(new Row(t, json))).toList();
    }

    public <T> Optional<T> first(String sql, SqlWhere params, RowMapper<T> mapper) {
        return tuples(sql, params).setMaxResults(1).getResultList().stream().findFirst()
                .map(t -> mapper.map(new Row(t, json)));
    }

    /** An INSERT or UPDATE with RETURNING: the row it wrote, if any (no row limit can be added to a write). */
    public <T> Optional<T> written(String sql, SqlWhere params, RowMapper<T> mapper) {
        return tuples(sql, params).getResultList().stream().findFirst().map(t -> mapper.map(new Row(t, json)));
    }

    public <T> T one(String sql, SqlWhere params, RowMapper<T> mapper) {
        return mapper.map(new Row(tuples(sql, params).getSingleResult(), json));
    }

    /** Every row, in constant memory: a read-only server-side cursor fetching {@code fetchSize} rows at a time. */
    public <T> void scroll(String sql, SqlWhere params, int fetchSize, RowMapper<T> mapper, Consumer<T> sink) {
        NativeQuery<Tuple> query = tuples(sql, params);
        query.setReadOnly(true);
        query.setFetchSize(fetchSize);
        try (ScrollableResults<Tuple> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                sink.accept(mapper.map(new Row(rows.get(), json)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private NativeQuery<Tuple> tuples(String sql, SqlWhere params) {
        return params.bind(em.createNativeQuery(sql, Tuple.class).unwrap(NativeQuery.class));
    }
}
