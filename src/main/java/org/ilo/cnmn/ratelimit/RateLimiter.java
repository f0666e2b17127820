package org.ilo.cnmn.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.platform.ops.BackgroundFailures;

/**
 * Fixed one-minute windows of requests per client, shared by all replicas through PostgreSQL.
 *
 * A request is decided in memory (no database round trip on the request path): the client's total
 * as last read from the shared table plus what this replica counted since. A few times a second each
 * replica adds its new counts to the shared rows and reads the totals back in one statement. Across N
 * replicas a client can therefore exceed its quota by at most what N - 1 replicas admit within one
 * sync interval; if the database is unreachable each replica keeps enforcing the quota on its own.
 */
@ApplicationScoped
public class RateLimiter {

    /** The outcome for one request, with what the RateLimit headers report. */
    public record Decision(boolean allowed, int limit, long remaining, long resetSeconds) {
    }

    private static final long WINDOW_SECONDS = 60;

    /** One client in one window: the shared total last read, and what this replica added since. */
    private static final class Counter {
        final long window;
        long shared;
        long pending;
        long sending;

        Counter(long window) {
            this.window = window;
        }

        synchronized long used() {
            return shared + pending + sending;
        }
    }

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final long syncMillis;
    private final BackgroundFailures.Task syncFailures;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private long purgedBefore;
    private final ScheduledExecutorService sync = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rate-limit-sync");
        t.setDaemon(true);
        return t;
    });

    @Inject
    public RateLimiter(AgroalDataSource dataSource, Clock clock, IloConfig config, BackgroundFailures failures) {
        this(dataSource, clock, config.rateLimit().syncInterval().toMillis(), failures.task("rate-limit-sync"));
    }

    RateLimiter(AgroalDataSource dataSource, Clock clock, long syncMillis, BackgroundFailures.Task syncFailures) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.syncMillis = syncMillis;
        this.syncFailures = syncFailures;
    }

    void start(@Observes StartupEvent event) {
        sync.scheduleWithFixedDelay(this::syncQuietly, syncMillis, syncMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        sync.shutdownNow();
        syncQuietly();
    }

    /** Counts one request of {@code client} against {@code quota} per minute, unless it is over. */
    public Decision acquire(String client, int quota) {
        long now = clock.millis() / 1000;
        long window = now - now % WINDOW_SECONDS;
        long reset = window + WINDOW_SECONDS - now;
        Counter counter = counters.compute(client,
                (k, c) -> c == null || c.window != window ? new Counter(window) : c);
        synchronized (counter) {
            long used = counter.used();
            if (used >= quota) {
                return new Decision(false, quota, 0, reset);
            }
            counter.pending++;
            return new Decision(true, quota, quota - used - 1, reset);
        }
    }

    /**
     * Adds this replica's new counts to the shared ones and reads the totals back; drops past windows.
     * One sync at a time: two would hand the same pending counts back and forth and lose some.
     */
    synchronized void sync() throws SQLException {
        long now = clock.millis() / 1000;
        long current = now - now % WINDOW_SECONDS;
        counters.entrySet().removeIf(e -> e.getValue().window < current && e.getValue().pending == 0);
        List<Map.Entry<String, Counter>> batch = new ArrayList<>();
        for (Map.Entry<String, Counter> e : counters.entrySet()) {
            Counter c = e.getValue();
            synchronized (c) {
                c.sending = c.pending;
                c.pending = 0;
            }
            batch.add(e);
        }
        if (batch.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO rate_limit_window AS w"
                        + " (client, window_start, count)"
                        + " SELECT * FROM unnest(?::text[], ?::timestamptz[], ?::bigint[])"
                        + " ON CONFLICT (client, window_start) DO UPDATE SET count = w.count + EXCLUDED.count"
                        + " RETURNING client, window_start, count")) {
            String[] clients = new String[batch.size()];
            Timestamp[] windows = new Timestamp[batch.size()];
            Long[] deltas = new Long[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                clients[i] = batch.get(i).getKey();
                windows[i] = Timestamp.from(Instant.ofEpochSecond(batch.get(i).getValue().window));
                deltas[i] = batch.get(i).getValue().sending;
            }
            upsert.setArray(1, connection.createArrayOf("text", clients));
            upsert.setArray(2, connection.createArrayOf("timestamptz", windows));
            upsert.setArray(3, connection.createArrayOf("bigint", deltas));
            try (ResultSet rs = upsert.executeQuery()) {
                while (rs.next()) {
                    Counter c = counters.get(rs.getString(1));
                    if (c != null && c.window == rs.getTimestamp(2).toInstant().getEpochSecond()) {
                        synchronized (c) {
                            c.shared = rs.getLong(3);
                            c.sending = 0;
                        }
                    }
                }
            }
            if (purgedBefore < current) {
                try (PreparedStatement purge = connection.prepareStatement(
                        "DELETE FROM rate_limit_window WHERE window_start < ?")) {
                    purge.setTimestamp(1, Timestamp.from(Instant.ofEpochSecond(current)));
                    purge.executeUpdate();
                }
                purgedBefore = current;
            }
        } catch (SQLException e) {
            // Keep counting locally; the counts not sent go with the next sync.
            for (Map.Entry<String, Counter> entry : batch) {
                Counter c = entry.getValue();
                synchronized (c) {
                    c.pending += c.sending;
                    c.sending = 0;
                }
            }
            throw e;
        }
    }

    void syncQuietly() {
        try {
            sync();
            syncFailures.succeeded();
        } catch (SQLException | RuntimeException e) {
            syncFailures.failed("each replica enforces the quotas on its own until the counts are shared again", e);
        }
    }
}
