package org.ilo.cnmn.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Bulk exports: every list filter applies, CSV per RFC 4180, NDJSON lines equal the API's representations. */
@QuarkusTest
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "projects|",
            "projects|country=MN",
            "projects|funder=european-union&theme=labour-standards",
            "projects|q=labour",
            "projects|activeOn=2019-06-30&status=completed",
            "press-releases|",
            "press-releases|year=2017&country=CN",
            "press-releases|project=score-phase-3-china",
            "press-releases|q=mongolia&from=2018-01-01"
    })
    void exportsHoldExactlyTheRowsTheListCounts(String collection, String query) {
        String suffix = query == null ? "" : "?" + query;
        int total = given().get("/api/v1/" + collection + suffix).then().statusCode(200)
                .extract().path("page.totalItems");
        List<List<String>> csv = parseCsv(given().get("/api/v1/exports/" + collection + ".csv" + suffix)
                .then().statusCode(200).extract().asString());
        assertEquals(total, csv.size() - 1, "CSV rows besides the header");
        String ndjson = given().get("/api/v1/exports/" + collection + ".ndjson" + suffix)
                .then().statusCode(200).extract().asString();
        assertEquals(total, ndjson.isEmpty() ? 0 : ndjson.split("\n").length, "NDJSON lines");
    }

    @Test
    void projectsCsvFollowsRfc4180WithAHeaderRow() {
        String body = given().get("/api/v1/exports/projects.csv?country=MN")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"ilo-cnmn-projects-\\d{4}-\\d{2}-\\d{2}\\.csv\""))
                .extract().asString();
        assertTrue(body.endsWith("\r\n"), "records end with CRLF");
        List<List<String>> rows = parseCsv(body);
        assertEquals(List.of(ExportService.PROJECT_COLUMNS), rows.get(0));
        Map<String, String> formal = record(rows, "formal-employment-mongolia");
        assertEquals("2019-01-01", formal.get("startDate"));
        assertEquals("MN", formal.get("countries"));
        assertEquals("ilo", formal.get("funders"));
        assertEquals("employment;informal-economy;labour-standards", formal.get("themes"));
        assertTrue(formal.get("summary").contains("funded from the ILO Regular Budget Supplementary Account, focuses"),
                "a field with commas survives quoting");
        Map<String, String> gsp = record(rows, "gsp-plus-phase-2-mongolia");
        assertEquals("cmtu;monef", gsp.get("partners"));
        assertEquals("gsp-plus-3-kick-off", gsp.get("relatedPressReleases"));
        assertEquals("", gsp.get("fundingNote"), "null is an empty field");
    }

    @Test
    void pressReleasesCsvCarriesImageCreditsAndLinks() {
        List<List<String>> rows = parseCsv(given().get("/api/v1/exports/press-releases.csv").then().statusCode(200)
                .extract().asString());
        assertEquals(21, rows.size());
        Map<String, String> launch = record(rows, "responsible-supply-chains-asia-launch");
        assertEquals("© ILO/Marcel Crozet 2024", launch.get("imageCredit"));
        assertEquals("responsible-supply-chains-asia;responsible-supply-chains-asia-china", launch.get("relatedProjects"));
    }

    @Test
    void ndjsonLinesAreTheApiRepresentations() throws Exception {
        String body = given().get("/api/v1/exports/projects.ndjson").then().statusCode(200)
                .contentType("application/x-ndjson")
                .header("Content-Disposition", matchesPattern("attachment; filename=\"ilo-cnmn-projects-.*\\.ndjson\""))
                .extract().asString();
        String[] lines = body.split("\n");
        assertEquals(10, lines.length);
        for (String line : lines) {
            JsonNode exported = JSON.readTree(line);
            String single = given().get("/api/v1/projects/" + exported.get("id").asText()).then().statusCode(200)
                    .extract().asString();
            assertEquals(JSON.readTree(single), exported);
        }
    }

    @Test
    void exportsKeepTheListOrder() {
        List<String> listed = given().queryParam("sort", "title").queryParam("limit", 100).get("/api/v1/press-releases")
                .then().extract().jsonPath().getList("items.id", String.class);
        List<List<String>> rows = parseCsv(given().queryParam("sort", "title").get("/api/v1/exports/press-releases.csv")
                .then().statusCode(200).extract().asString());
        assertEquals(listed, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
    }

    @Test
    void badFiltersAreRejectedBeforeAnythingIsStreamed() {
        given().queryParam("country", "XYZ").get("/api/v1/exports/projects.csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", contains("country"));
        given().queryParam("year", "last").get("/api/v1/exports/press-releases.ndjson").then().statusCode(400)
                .body("errors.name", contains("year"));
        given().queryParam("limit", "5").get("/api/v1/exports/projects.ndjson").then().statusCode(400)
                .body("errors.name", contains("limit"));
        given().queryParam("from", "2020-01-01").queryParam("to", "2019-01-01").get("/api/v1/exports/projects.csv")
                .then().statusCode(400).body("errors.name", contains("from"));
    }

    @Test
    void exportsAnswerConditionalRequests() {
        String etag = given().get("/api/v1/exports/projects.csv?country=CN").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/exports/projects.csv?country=CN").then().statusCode(304);
        given().header("If-None-Match", etag).get("/api/v1/exports/projects.csv?country=MN").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(equalTo(etag)));
    }

    private static Map<String, String> record(List<List<String>> rows, String id) {
        List<String> header = rows.get(0);
        List<String> row = rows.stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow();
        assertEquals(header.size(), row.size());
        Map<String, String> record = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            record.put(header.get(i), row.get(i));
        }
        return record;
    }

    /** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF record ends. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '\n' && c != '\r', "a bare line break outside quotes at " + i);
                field.append(c);
            }
        }
        assertTrue(field.isEmpty() && row.isEmpty(), "the last record ends with CRLF");
        return rows;
    }
}
