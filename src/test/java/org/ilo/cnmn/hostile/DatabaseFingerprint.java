package org.ilo.cnmn.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The content of the database as one value per table: row count and an MD5 over the text form of every row
 * (all columns), in a fixed order. Two fingerprints are equal exactly when no content row was added, removed
 * or changed in any byte.
 */
final class DatabaseFingerprint implements AutoCloseable {

    /** Content tables; data_version moves when (and only when) a write commits. */
    static final List<String> TABLES = List.of("project", "project_country", "project_funder", "project_theme",
            "project_partner", "press_release", "press_release_country", "press_release_theme",
            "press_release_project", "office", "office_country", "office_partner", "change_log", "audit_log",
            "country", "funder", "theme", "partner", "api_key", "data_version");

    private final Connection connection;
    private final String query;
    final List<String> tables;

    DatabaseFingerprint(String url, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(url, user, password);
        connection.setReadOnly(true);
        List<String> present = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema()")) {
            List<String> existing = new ArrayList<>();
            while (rs.next()) {
                existing.add(rs.getString(1));
            }
            for (String table : TABLES) {
                if (existing.contains(table)) {
                    present.add(table);
                }
            }
        }
        if (!present.containsAll(List.of("project", "press_release", "office", "change_log", "audit_log"))) {
            throw new IllegalStateException("content tables missing from " + url + ": found only " + present);
        }
        tables = List.copyOf(present);
        query = tables.stream()
                .map(t -> "SELECT '" + t + "', count(*), coalesce(md5(string_agg(r::text, E'\\n' ORDER BY r::text"
                        + " COLLATE \"C\")), '-') FROM " + t + " r")
                .collect(Collectors.joining(" UNION ALL "));
    }

    Map<String, String> take() {
        Map<String, String> result = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2) + " rows, md5 " + rs.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint the database", e);
        }
        return result;
    }

    /** The tables whose content differs, with before and after. */
    static String difference(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t)))
                .map(t -> t + ": " + before.get(t) + " -> " + after.get(t)).collect(Collectors.joining("; "));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
