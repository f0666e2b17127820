package org.ilo.cnmn.common;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Streams every row of a filtered read-model view to a sink, in constant memory: a server-side
 * cursor (fetch size) in a read-only transaction, with the persistence context cleared after each
 * batch so no row is retained once the sink has seen it. For bulk exports of any size.
 */
@ApplicationScoped
public class Streamer {

    private static final int FETCH_SIZE = 500;

    private final Session session;

    public Streamer(Session session) {
        this.session = session;
    }

    /** Calls {@code sink} with each row of {@code query} (limit and cursor are ignored), in its sort order. */
    public <R> void forEach(ListQuery query, Class<R> type, Consumer<R> sink) {
        QuarkusTransaction.requiringNew().run(() -> {
            NativeQuery<R> select = session.createNativeQuery("SELECT v.* FROM " + query.from()
                    + query.filter().sql() + " ORDER BY " + query.sort().orderBy(), type);
            select.setReadOnly(true);
            select.setFetchSize(FETCH_SIZE);
            try (ScrollableResults<R> rows = query.filter().bind(select).scroll(ScrollMode.FORWARD_ONLY)) {
                int inBatch = 0;
                while (rows.next()) {
                    sink.accept(rows.get());
                    if (++inBatch == FETCH_SIZE) {
                        session.clear();
                        inBatch = 0;
                    }
                }
            }
        });
    }

    /**
     * A fingerprint of what a streamed export would show: row count, the latest change and an
     * order-independent hash over every row's id, version stamp and status. It changes when a row
     * joins, leaves or changes, so it can stand in for the body when computing a strong ETag.
     */
    public String fingerprint(ListQuery query, String stampColumns) {
        Object[] row = query.filter().bind(session.createNativeQuery(
                "SELECT count(*), coalesce(max(v.last_updated)::text, ''),"
                        + " coalesce(sum(hashtextextended(" + stampColumns + ", 0)), 0)::text"
                        + " FROM " + query.from() + query.filter().sql(), Object[].class)).getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2];
    }
}
