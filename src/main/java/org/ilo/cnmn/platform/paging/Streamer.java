package org.ilo.cnmn.platform.paging;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.ilo.cnmn.IloConfig;

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
    private final Duration statementTimeout;

    public Streamer(Session session, IloConfig config) {
        this.session = session;
        this.statementTimeout = config.exportStatementTimeout();
    }

    /** Calls {@code sink} with each row of {@code query} (limit and cursor are ignored), in its sort order. */
    public <R> void forEach(ListQuery query, Class<R> type, Consumer<R> sink) {
        QuarkusTransaction.requiringNew().run(() -> {
            session.doWork(this::allowLongStatements);
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
     * The cursor's first fetch sorts every matching row, which can outlast the per-request bounds
     * (statement_timeout, read-timeout); this transaction gets ilo.export-statement-timeout instead.
     * Agroal sets the connection's network timeout back to quarkus.datasource.jdbc.network-timeout when it returns to the pool.
     */
    private void allowLongStatements(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL statement_timeout = " + statementTimeout.toMillis());
        }
        // The socket waits a little longer than the server, so the server's cancel arrives first.
        connection.setNetworkTimeout(Runnable::run, Math.toIntExact(statementTimeout.plusSeconds(2).toMillis()));
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
