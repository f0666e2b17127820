package org.ilo.cnmn.platform.caching;

import java.sql.Connection;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.platform.ops.BackgroundFailures;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGProperty;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.AgroalSecurityProvider;
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
    private static final int NETWORK_TIMEOUT_SECONDS = 2;
    private static final Driver DRIVER = new Driver();

    private final AgroalDataSource dataSource;
    private final Event<Written> written;
    private final Optional<String> listenUrl;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final Clock clock;
    private final ChannelFreshness freshness;
    private final long heartbeatMillis;
    private final BackgroundFailures.Task listenFailures;
    private volatile boolean running = true;
    private Thread listener;

    public DataVersion(AgroalDataSource dataSource, Event<Written> written, IloConfig config, Clock clock,
            BackgroundFailures failures) {
        this.dataSource = dataSource;
        this.written = written;
        this.listenUrl = config.dataVersion().listenUrl();
        this.clock = clock;
        this.freshness = new ChannelFreshness(clock, config.dataVersion().maxSilence());
        this.heartbeatMillis = config.dataVersion().heartbeatInterval().toMillis();
        this.listenFailures = failures.task("data-version-listener");
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

    /** What a write transaction fires; observed once it has committed. */
    record Written() {
    }

    /**
     * Called inside a write transaction: once it has committed, this replica reads the new version at
     * once rather than waiting for the notification, so its own next read already reflects the write.
     */
    public void refreshAfterCommit() {
        written.fire(new Written());
    }

    void refresh(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written event) {
        try (Connection connection = dataSource.getConnection()) {
            advanceTo(read(connection));
        } catch (SQLException e) {
            // The notification will carry the version; until then the cache is merely older.
            LOG.debugf("Could not read the data version after a commit: %s", e.getMessage());
        }
    }

    /** Records a version this replica knows to be committed; versions only move forward. */
    public void advanceTo(Snapshot committed) {
        current.accumulateAndGet(committed, (known, seen) -> known == null || seen.version() > known.version() ? seen : known);
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection connection = connect()) {
                String heartbeats = CHANNEL + "_heartbeat_" + backendPid(connection);
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                    s.execute("LISTEN " + heartbeats);
                }
                // Read after LISTEN: nothing committed in between can be missed.
                Instant listening = clock.instant();
                current.set(read(connection));
                freshness.proven(listening);
                listenFailures.succeeded();
                backoff = 500;
                receive(connection, heartbeats);
            } catch (SQLException | RuntimeException e) {
                freshness.lost();
                current.set(null);
                listenFailures.failed("caches are bypassed until it reconnects (retrying with backoff up to 10 s)", e);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    /**
     * A connection of its own, made from the datasource's own configuration (URL unless
     * ilo.data-version.listen-url overrides it, credentials, driver properties), with bounded waits.
     */
    private Connection connect() throws SQLException {
        AgroalConnectionFactoryConfiguration factory = dataSource.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration();
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        properties.putAll(security(factory, factory.principal()));
        for (Object credential : factory.credentials()) {
            properties.putAll(security(factory, credential));
        }
        PGProperty.APPLICATION_NAME.set(properties, "ilo-cnmn-api data_version listener");
        PGProperty.TCP_KEEP_ALIVE.set(properties, true);
        PGProperty.CONNECT_TIMEOUT.set(properties, NETWORK_TIMEOUT_SECONDS);
        PGProperty.LOGIN_TIMEOUT.set(properties, NETWORK_TIMEOUT_SECONDS);
        PGProperty.SOCKET_TIMEOUT.set(properties, NETWORK_TIMEOUT_SECONDS);
        String url = listenUrl.orElse(factory.jdbcUrl());
        Connection connection = DRIVER.connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + url, "08001");
        }
        return connection;
    }

    /** The driver properties (user, password) of a principal or credential, read as the pool reads them. */
    private static Properties security(AgroalConnectionFactoryConfiguration factory, Object secret) {
        if (secret != null) {
            for (AgroalSecurityProvider provider : factory.securityProviders()) {
                Properties properties = provider.getSecurityProperties(secret);
                if (properties != null) {
                    return properties;
                }
            }
        }
        return new Properties();
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
