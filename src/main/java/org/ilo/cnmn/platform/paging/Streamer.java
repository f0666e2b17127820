package org.ilo.cnmn.platform.paging;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.ilo.cnmn.IloConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Streams every row of a filtered list to a sink, in constant memory: a server-side cursor (fetch
 * size) in a read-only transaction, each row mapped to a record the sink may drop once it has seen
 * it. For bulk exports of any size.
 */
@ApplicationScoped
public class Streamer {

    private static final int FETCH_SIZE = 500;

    private final Session session;
    private final SqlRows rows;
    private final Duration statementTimeout;

    public Streamer(Session session, SqlRows rows, IloConfig config) {
        this.session = session;
        this.rows = rows;
        this.statementTimeout = config.exportStatementTimeout();
    }

    /** Calls {@code sink} with each row of {@code query} (its limit is ignored), in its sort order. */
    public <T> void forEach(KeysetQuery query, RowMapper<T> mapper, Consumer<T> sink) {
        QuarkusTransaction.requiringNew().run(() -> {
            session.doWork(this::allowLongStatements);
            rows.scroll("SELECT " + query.columns() + " FROM " + query.from() + query.filter().sql()
                    + " ORDER BY " + query.sort().orderBy(), query.filter(), FETCH_SIZE, mapper, sink);
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
    public String fingerprint(KeysetQuery query, String stampColumns) {
        return rows.one("SELECT count(*) || '/' || coalesce(max(v.last_updated)::text, '') || '/'"
                + " || coalesce(sum(hashtextextended(" + stampColumns + ", 0)), 0)::text AS fingerprint"
                + " FROM " + query.from() + query.filter().sql(), query.filter(), row -> row.text("fingerprint"));
    }
}
