package org.ilo.cnmn.support;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Gives every test run its own, throwaway database on the real PostgreSQL server, so runs never
 * see each other's data; the service's own Flyway migrations fill it on start, exactly as in
 * production. Dropped when the run ends; leftovers of killed runs are dropped after a day.
 *
 * The application reaches it through a {@link TcpProxy} that outage tests cut and restore.
 *
 * The server is {@code TEST_PG_URL} (a JDBC URL of its maintenance database), default
 * {@code jdbc:postgresql://localhost:5432/postgres}, user {@code TEST_PG_USER} (default postgres).
 */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String PREFIX = "ilo_test_";
    private static final Duration STALE = Duration.ofDays(1);

    private final String server = server();
    private final String user = env("TEST_PG_USER", "postgres");
    private final String password = env("TEST_PG_PASSWORD", "");
    private static volatile String currentUrl;
    private static volatile TcpProxy currentProxy;
    private String database;
    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        database = PREFIX + Instant.now().getEpochSecond() + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            dropStale(s);
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server
                    + "; is PostgreSQL running? (" + e.getMessage() + ")", e);
        }
        URI serverUri = URI.create(server.substring("jdbc:".length()));
        try {
            proxy = new TcpProxy(serverUri.getHost(), serverUri.getPort() < 0 ? 5432 : serverUri.getPort());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the database proxy", e);
        }
        currentProxy = proxy;
        String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database;
        currentUrl = url;
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        proxy.close();
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + database, e);
        }
    }

    /** The JDBC URL of the database the application under test uses, for tests that fill it directly. */
    public static String url() {
        return currentUrl;
    }

    /** The relay between the application and its database, to play an outage. */
    public static TcpProxy proxy() {
        return currentProxy;
    }

    /** The JDBC URL of the PostgreSQL server's maintenance database ({@code TEST_PG_URL}). */
    public static String server() {
        return env("TEST_PG_URL", "jdbc:postgresql://localhost:5432/postgres");
    }

    public static String user() {
        return env("TEST_PG_USER", "postgres");
    }

    public static String password() {
        return env("TEST_PG_PASSWORD", "");
    }

    private static void dropStale(Statement s) throws SQLException {
        long cutoff = Instant.now().minus(STALE).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
