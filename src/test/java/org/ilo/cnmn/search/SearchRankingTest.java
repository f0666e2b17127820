package org.ilo.cnmn.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Search pages, and pages of lists with {@code q} in their default order, equal an exhaustive ranking
 * by the documented measure (title tier, then newest, then press releases before projects, then id;
 * a list's own date order) on generated items: words of every frequency in titles
 * and summaries, many equal dates, and queries of every web-search form. The test profile's small
 * walk (ilo.search.walk-rows) makes both ways a branch reads, the date-order walk and the text-index
 * fallback, serve these queries.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class SearchRankingTest {

    /** The exhaustive ranking: every match sorted by the measure, no index walk, no bound. */
    private static final String EXHAUSTIVE = """
            SELECT d.type, d.id FROM search_document d WHERE d.search @@ websearch_to_tsquery('english', ?)
             ORDER BY d.search_title @@ websearch_to_tsquery('english', ?) DESC, d.date DESC,
                      CASE d.type WHEN 'pressRelease' THEN 0 ELSE 1 END, d.id""";

    /** The same measure over one list: tier, then the list's own date order, then id. */
    private static final String EXHAUSTIVE_PROJECTS = """
            SELECT p.id FROM project p WHERE p.search @@ websearch_to_tsquery('english', ?)
               AND (? IS NULL OR EXISTS (SELECT 1 FROM project_country x WHERE x.project_id = p.id AND x.country_code = ?))
             ORDER BY p.search_title @@ websearch_to_tsquery('english', ?) DESC, p.start_date DESC, p.id""";
    private static final String EXHAUSTIVE_PRESS_RELEASES = """
            SELECT r.id FROM press_release r WHERE r.search @@ websearch_to_tsquery('english', ?)
               AND (? IS NULL OR EXISTS (SELECT 1 FROM press_release_country x WHERE x.press_release_id = r.id
                                          AND x.country_code = ?))
             ORDER BY r.search_title @@ websearch_to_tsquery('english', ?) DESC, r.published_on DESC, r.id""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void searchPagesEqualAnExhaustiveRankingOfGeneratedItems() throws SQLException {
        long seed = Long.getLong("search.seed", System.nanoTime());
        Random random = new Random(seed);
        // Made-up words no other data holds; the stemmer treats them all alike.
        String run = Long.toString(Math.abs(random.nextLong()), 36).replaceAll("[0-9]", "x");
        List<String> words = IntStream.range(0, 6).mapToObj(i -> "zq" + (char) ('a' + i) + run).toList();
        // How often each word is in a title, and in a summary: common, title-only, summary-only, rare.
        double[] inTitle = { 0.5, 0.3, 0.0, 0.05, 0.9, 0.02 };
        double[] inSummary = { 0.9, 0.0, 0.6, 0.05, 0.1, 0.02 };
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try {
                insert(c, random, words, inTitle, inSummary, ids);
                List<String> queries = List.of(words.get(0), words.get(1), words.get(2), words.get(3), words.get(4),
                        words.get(5), words.get(0) + " " + words.get(2), words.get(1) + " " + words.get(4),
                        words.get(3) + " OR " + words.get(5), words.get(0) + " -" + words.get(4),
                        "\"" + words.get(0) + " " + words.get(2) + "\"", words.get(1) + " OR " + words.get(2),
                        words.get(0) + " " + words.get(1) + " " + words.get(4));
                for (String q : queries) {
                    String repeat = "q=" + q + " (-Dsearch.seed=" + seed + " repeats it)";
                    List<String> expected = exhaustive(c, q);
                    for (int limit : new int[] { 2, 100 }) {
                        assertEquals(expected, paged("/api/v1/search", q, null, limit, expected.size(), true),
                                "search " + repeat + " limit=" + limit);
                    }
                    // Lists with q rank the same way in their default order, with or without a link filter.
                    for (String country : new String[] { null, "MN" }) {
                        List<String> projects = exhaustive(c, EXHAUSTIVE_PROJECTS, q, country);
                        assertEquals(projects, paged("/api/v1/projects", q, country, 3, projects.size(), false),
                                "projects " + repeat + " country=" + country);
                        List<String> releases = exhaustive(c, EXHAUSTIVE_PRESS_RELEASES, q, country);
                        assertEquals(releases, paged("/api/v1/press-releases", q, country, 3, releases.size(), false),
                                "press releases " + repeat + " country=" + country);
                    }
                }
            } finally {
                delete(c, ids);
            }
        }
    }

    private static void insert(Connection c, Random random, List<String> words, double[] inTitle, double[] inSummary,
            List<String> ids) throws SQLException {
        LocalDate[] dates = IntStream.range(0, 8).mapToObj(i -> LocalDate.of(2030, 1, 1).minusDays(i * 17L))
                .toArray(LocalDate[]::new);
        try (PreparedStatement project = c.prepareStatement("INSERT INTO project (id, title, summary, start_date,"
                + " end_date, last_updated) VALUES (?, ?, ?, ?, ?, now())");
                PreparedStatement release = c.prepareStatement("INSERT INTO press_release (id, title, summary,"
                        + " published_on, last_updated) VALUES (?, ?, ?, ?, now())")) {
            for (int i = 0; i < 50; i++) {
                String id = "ranking-" + words.get(0) + "-" + Integer.toString(random.nextInt(1 << 20), 36) + "-" + i;
                String title = "Item " + pick(random, words, inTitle);
                String summary = "About " + pick(random, words, inSummary);
                Date date = Date.valueOf(dates[random.nextInt(dates.length)]);
                PreparedStatement insert = random.nextBoolean() ? project : release;
                insert.setString(1, id);
                insert.setString(2, title);
                insert.setString(3, summary);
                insert.setDate(4, date);
                if (insert == project) {
                    insert.setDate(5, Date.valueOf(date.toLocalDate().plusYears(1)));
                }
                insert.executeUpdate();
                ids.add(id);
                try (PreparedStatement link = c.prepareStatement("INSERT INTO " + (insert == project
                        ? "project_country (project_id" : "press_release_country (press_release_id")
                        + ", country_code) VALUES (?, ?)")) {
                    link.setString(1, id);
                    link.setString(2, random.nextBoolean() ? "MN" : "CN");
                    link.executeUpdate();
                }
            }
        }
    }

    private static String pick(Random random, List<String> words, double[] share) {
        return IntStream.range(0, words.size()).filter(i -> random.nextDouble() < share[i]).mapToObj(words::get)
                .collect(Collectors.joining(" ", "", " text"));
    }

    private static List<String> exhaustive(Connection c, String q) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(EXHAUSTIVE)) {
            s.setString(1, q);
            s.setString(2, q);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hits.add(rs.getString(1) + ":" + rs.getString(2));
                }
            }
        }
        return hits;
    }

    private static List<String> exhaustive(Connection c, String sql, String q, String country) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, q);
            s.setString(2, country);
            s.setString(3, country);
            s.setString(4, q);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Every page of {@code path} in turn, checking each page's total; search hits are named type:id. */
    private static List<String> paged(String path, String q, String country, int limit, int total, boolean typed) {
        List<String> hits = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", q).queryParam("limit", limit);
            if (country != null) {
                request.queryParam("country", country);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(path).then().statusCode(200).extract().response();
            assertEquals(total, page.jsonPath().getLong("page.totalItems"), path + " q=" + q);
            List<String> ids = page.jsonPath().getList("items.id", String.class);
            List<String> types = typed ? page.jsonPath().getList("items.type", String.class) : null;
            IntStream.range(0, ids.size()).forEach(i -> hits.add(typed ? types.get(i) + ":" + ids.get(i) : ids.get(i)));
            cursor = page.jsonPath().getString("page.nextCursor");
        } while (cursor != null && hits.size() <= total);
        return hits;
    }

    private static void delete(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement project = c.prepareStatement("DELETE FROM project WHERE id = ANY (?)");
                PreparedStatement release = c.prepareStatement("DELETE FROM press_release WHERE id = ANY (?)")) {
            for (PreparedStatement s : List.of(project, release)) {
                s.setArray(1, c.createArrayOf("text", ids.toArray()));
                s.executeUpdate();
            }
        }
    }
}
