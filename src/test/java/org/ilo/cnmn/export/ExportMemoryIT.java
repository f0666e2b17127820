package org.ilo.cnmn.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.ilo.cnmn.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Exports stream in constant memory: the packaged application runs with its heap capped at 128 MiB
 * (failsafe sets quarkus.test.arg-line) and exports 100,000 generated projects, several times more
 * than that heap could hold at once.
 */
@QuarkusIntegrationTest
class ExportMemoryIT {

    static final int GENERATED = 100_000;

    @BeforeAll
    static void generateProjects() throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO project (id, title, summary, start_date, end_date, last_updated)"
                    + " SELECT 'generated-' || g, 'Generated project ' || g || ' on decent work, employment and social"
                    + " protection in the informal economy', repeat('A summary sentence about labour standards,"
                    + " enterprises and social dialogue. ', 10), date '2000-01-01' + g % 7000,"
                    + " date '2001-01-01' + g % 7000 + g % 900, now() FROM generate_series(1, " + GENERATED + ") g");
            s.execute("INSERT INTO project_country SELECT 'generated-' || g, CASE WHEN g % 2 = 0 THEN 'CN' ELSE 'MN' END"
                    + " FROM generate_series(1, " + GENERATED + ") g");
            s.execute("INSERT INTO project_theme SELECT 'generated-' || g,"
                    + " (ARRAY['employment', 'labour-standards', 'social-protection'])[1 + g % 3]"
                    + " FROM generate_series(1, " + GENERATED + ") g");
            s.execute("INSERT INTO project_funder SELECT 'generated-' || g, 'european-union'"
                    + " FROM generate_series(1, " + GENERATED + ") g WHERE g % 4 = 0");
        }
    }

    @Test
    void streamsAHundredThousandProjectsAsNdjsonAndCsvWithA128MiBHeap() throws IOException {
        int total = given().get("/api/v1/projects?limit=1").then().statusCode(200).extract().path("page.totalItems");
        assertEquals(GENERATED + 10, total);
        assertEquals(total, lines("/api/v1/exports/projects.ndjson"));
        assertEquals(total + 1, lines("/api/v1/exports/projects.csv"), "rows plus the header row");
        // The service is still healthy afterwards: nothing ran out of memory.
        given().get("/api/v1/projects/generated-99999").then().statusCode(200);
    }

    private static long lines(String url) throws IOException {
        try (InputStream body = given().get(url).then().statusCode(200).extract().asInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            return reader.lines().count();
        }
    }
}
