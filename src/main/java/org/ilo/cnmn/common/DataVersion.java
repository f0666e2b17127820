package org.ilo.cnmn.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 */
@ApplicationScoped
public class DataVersion {

    /** A version and when it was committed. */
    public record Snapshot(long version, Instant changedAt) {
    }

    private static final Logger LOG = Logger.getLogger(DataVersion.class);
    private static final String CHANNEL = "data_version";
    private static final int WAIT_MILLIS = 5_000;

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final String url;
    private final Properties credentials = new Properties();
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private volatile boolean running = true;
    private Thread listener;

    public DataVersion(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.url = url;
        user.ifPresent(u -> credentials.setProperty("user", u));
        password.ifPresent(p -> credentials.setProperty("password", p));
        credentials.setProperty("ApplicationName", "ilo-cnmn-api data_version listener");
        credentials.setProperty("tcpKeepAlive", "true");
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
        return Optional.ofNullable(current.get());
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
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                // Read after LISTEN: nothing committed in between can be missed.
                current.set(read(connection));
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications == null || notifications.length == 0) {
                        if (!connection.isValid(2)) {
                            throw new SQLException("listener connection lost");
                        }
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        advanceTo(parse(n.getParameter()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (current.getAndSet(null) != null || backoff == 500) {
                    LOG.warnf("Data version listener disconnected (%s); caches are bypassed until it reconnects",
                            e.getMessage());
                }
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
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
