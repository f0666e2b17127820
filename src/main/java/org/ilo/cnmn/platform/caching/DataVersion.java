package org.ilo.cnmn.platform.caching;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ilo.cnmn.IloConfig;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * The database's data version (table {@code data_version}, moved by a trigger on every content
 * change) as this replica knows it. A dedicated connection LISTENs on channel {@code data_version},
 * so changes made through any replica, a migration or a script reach every cache within
 * milliseconds. While that connection is down the version is unknown and nothing may be served
 * from a cache.
 *
 * A connection can also go silent without breaking (a partition, a failover): then notifications
 * stop arriving and nothing says so. So the listener sends a heartbeat through the same notification
 * queue every {@code ilo.data-version.heartbeat-interval}; PostgreSQL delivers notifications in commit
 * order, so once a heartbeat is back, every change committed before it was sent has arrived. The
 * version is known only while a heartbeat sent less than {@code ilo.data-version.max-silence} ago is back.
 */
@ApplicationScoped
public class DataVersion {

    /** A version and when it was committed. */
    public record Snapshot(long version, Instant changedAt) {
    }

    private static final Logger LOG = Logger.getLogger(DataVersion.class);
    private static final String CHANNEL = "data_version";
    /** pgjdbc timeouts (seconds) of the listener's own connection: they only free its thread; liveness is the heartbeat's. */
    private static final String NETWORK_TIMEOUT_SECONDS = "2";

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final String url;
    private final Properties credentials = new Properties();
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final Clock clock;
    private final ChannelFreshness freshness;
    private final long heartbeatMillis;
    private volatile boolean running = true;
    private Thread listener;

    public DataVersion(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            IloConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.url = config.dataVersion().listenUrl().orElse(url);
        this.clock = clock;
        this.freshness = new ChannelFreshness(clock, config.dataVersion().maxSilence());
        this.heartbeatMillis = config.dataVersion().heartbeatInterval().toMillis();
        user.ifPresent(u -> credentials.setProperty("user", u));
        password.ifPresent(p -> credentials.setProperty("password", p));
        credentials.setProperty("ApplicationName", "ilo-cnmn-api data_version listener");
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("connectTimeout", NETWORK_TIMEOUT_SECONDS);
        credentials.setProperty("loginTimeout", NETWORK_TIMEOUT_SECONDS);
        credentials.setProperty("socketTimeout", NETWORK_TIMEOUT_SECONDS);
    }

    void start(@Observes StartupEvent event) {
        listener = new Thread(this::listen, "data-version-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** The version now, or empty while it cannot be known (caches must then be bypassed). */
    public Optional<Snapshot> current() {
        return freshness.live() ? Optional.ofNullable(current.get()) : Optional.empty();
    }

    /**
     * Called inside a write transaction: once it has committed, this replica reads the new version at
     * once rather than waiting for the notification, so its own next read already reflects the write.
     */
    public void refreshAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try (Connection connection = dataSource.getConnection()) {
                        advanceTo(read(connection));
                    } catch (SQLException e) {
                        // The notification will carry the version; until then the cache is merely older.
                        LOG.debugf("Could not read the data version after a commit: %s", e.getMessage());
                    }
                }
            }
        });
    }

    /** Records a version this replica knows to be committed; versions only move forward. */
    public void advanceTo(Snapshot committed) {
        current.accumulateAndGet(committed, (known, seen) -> known == null || seen.version() > known.version() ? seen : known);
    }

    private void listen() {
        long backoff = 500;
        int failures = 0;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                String heartbeats = CHANNEL + "_heartbeat_" + backendPid(connection);
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                    s.execute("LISTEN " + heartbeats);
                }
                // Read after LISTEN: nothing committed in between can be missed.
                Instant listening = clock.instant();
                current.set(read(connection));
                freshness.proven(listening);
                if (failures > 0) {
                    LOG.infof("Data version listener reconnected after %d failed attempt(s)", failures);
                }
                backoff = 500;
                failures = 0;
                receive(connection, heartbeats);
            } catch (SQLException | RuntimeException e) {
                freshness.lost();
                current.set(null);
                failures++;
                LOG.warnf("Data version listener %s (%s); caches are bypassed until it reconnects (attempt %d, next in %d ms)",
                        failures == 1 ? "disconnected" : "could not reconnect", e.getMessage(), failures, backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    /** Heartbeats out, notifications in, until the connection fails (every wait is bounded by its socket timeout). */
    private void receive(Connection connection, String heartbeats) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (PreparedStatement beat = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            beat.setString(1, heartbeats);
            long nextBeat = 0;
            while (running) {
                long now = clock.millis();
                if (now >= nextBeat) {
                    beat.setString(2, Long.toString(now));
                    beat.execute();
                    nextBeat = now + heartbeatMillis;
                }
                PGNotification[] notifications = pg.getNotifications((int) Math.max(1, nextBeat - clock.millis()));
                for (PGNotification n : notifications == null ? new PGNotification[0] : notifications) {
                    if (n.getName().equals(heartbeats)) {
                        freshness.proven(Instant.ofEpochMilli(Long.parseLong(n.getParameter())));
                    } else {
                        advanceTo(parse(n.getParameter()));
                    }
                }
            }
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Snapshot read(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, changed_at FROM data_version WHERE id = 1")) {
            rs.next();
            return new Snapshot(rs.getLong(1), rs.getTimestamp(2).toInstant());
        }
    }

    /** Payload "version epochMicros", as written by bump_data_version(). */
    private static Snapshot parse(String payload) {
        int space = payload.indexOf(' ');
        long micros = Long.parseLong(payload.substring(space + 1));
        return new Snapshot(Long.parseLong(payload.substring(0, space)),
                Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000));
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
