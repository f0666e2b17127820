package org.ilo.cnmn.platform.ops;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

/**
 * Creates the service's database on its PostgreSQL server when it does not exist yet, so that
 * a newcomer's first start needs nothing but a running server. Run before the service by the
 * {@code serve} Maven profile; deployments create their database themselves.
 *
 * Reads the same variables as the service: QUARKUS_DATASOURCE_JDBC_URL, _USERNAME, _PASSWORD.
 */
public final class CreateDatabase {

    private static final Logger LOG = Logger.getLogger(CreateDatabase.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private CreateDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String url = env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/ilo");
        Properties credentials = new Properties();
        credentials.setProperty("user", env("QUARKUS_DATASOURCE_USERNAME", "postgres"));
        credentials.setProperty("password", env("QUARKUS_DATASOURCE_PASSWORD", ""));

        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        String maintenance = "jdbc:postgresql://" + uri.getRawAuthority() + "/postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, credentials);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    LOG.infof("Database %s exists.", database);
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + database + "\"");
            }
            LOG.infof("Created database %s; the service's migrations fill it on start.", database);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
