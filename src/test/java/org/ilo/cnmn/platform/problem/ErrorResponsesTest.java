package org.ilo.cnmn.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every failure is RFC 9457 problem+json with the fields API.md promises, and never a stack trace. */
@QuarkusTest
class ErrorResponsesTest {

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type, String instance) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type))
                .body("title", not(equalTo("")))
                .body("status", equalTo(status))
                .body("detail", not(equalTo("")))
                .body("instance", equalTo(instance))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/projects/no-such-project",
            "/api/v1/press-releases/no-such-release",
            "/api/v1/themes/no-such-theme",
            "/api/v1/funders/no-such-funder",
            "/api/v1/countries/FR"
    })
    void unknownIdIsNotFound(String path) {
        problem(given().get(path).then(), 404, "not-found", path).body("errors", equalTo(null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/nothing-here", "/api/v1", "/api/v2/projects", "/api/v1/projects/score-phase-3-china/extra" })
    void unknownPathIsNotFound(String path) {
        problem(given().noFilters().get(path).then(), 404, "not-found", path);
    }

    @Test
    void wrongMethodIsNotAllowedAndSaysWhatIs() {
        problem(given().noFilters().delete("/api/v1/office").then(), 405, "method-not-allowed", "/api/v1/office")
                .header("Allow", "GET, HEAD, OPTIONS, PUT");
        problem(given().noFilters().contentType("application/json").body("{}").post("/api/v1/themes").then(),
                405, "method-not-allowed", "/api/v1/themes")
                .header("Allow", "GET, HEAD, OPTIONS");
    }

    @Test
    void unknownQueryParameterIsRejectedNotIgnored() {
        problem(given().queryParam("contry", "MN").get("/api/v1/projects").then(), 400, "invalid-parameter", "/api/v1/projects")
                .body("errors.name", contains("contry"))
                .body("errors[0].reason", containsString("country"));
        problem(given().queryParam("page", 2).get("/api/v1/office").then(), 400, "invalid-parameter", "/api/v1/office")
                .body("errors.name", contains("page"));
    }

    @ParameterizedTest
    @CsvSource({
            "limit, 0",
            "limit, 101",
            "limit, abc",
            "limit, ''",
            "limit, 1.5",
            "country, XYZ",
            "country, cn",
            "country, FR",
            "country, 'CN,'",
            "funder, no-such-funder",
            "funder, 'Robert''); DROP TABLE project;--'",
            "theme, no-such-theme",
            "status, finished",
            "sort, nonsense",
            "sort, '-startDate,-startDate'",
            "sort, ''",
            "cursor, garbage"
    })
    void malformedOrOutOfRangeProjectParameterIsABadRequestNamingIt(String name, String value) {
        problem(given().queryParam(name, value).get("/api/v1/projects").then(), 400, "invalid-parameter", "/api/v1/projects")
                .body("errors", hasSize(1))
                .body("errors[0].name", equalTo(name));
    }

    @ParameterizedTest
    @CsvSource({
            "year, 20x8",
            "year, 99999",
            "country, MONGOLIA",
            "project, no-such-project",
            "project, NOT A SLUG",
            "sort, startDate",
            "limit, -1"
    })
    void malformedPressReleaseParameterIsABadRequestNamingIt(String name, String value) {
        problem(given().queryParam(name, value).get("/api/v1/press-releases").then(), 400, "invalid-parameter",
                "/api/v1/press-releases")
                .body("errors[0].name", equalTo(name));
    }

    @ParameterizedTest
    @CsvSource({
            "facets, unknown",
            "facets, 'country,nope'",
            "activeOn, 2019-02-30",
            "activeOn, 30/06/2019",
            "from, 2019-13-01",
            "updatedSince, yesterday",
            "updatedSince, 2026-11-22",
            "updatedSince, 2026-11-22T10:15:30",
            "sort, relevance"
    })
    void malformedQueryLanguageValueIsABadRequestNamingIt(String name, String value) {
        problem(given().queryParam(name, value).get("/api/v1/projects").then(), 400, "invalid-parameter",
                "/api/v1/projects")
                .body("errors.name", contains(name));
    }

    @Test
    void anEmptyPeriodIsABadRequest() {
        problem(given().queryParam("from", "2020-01-01").queryParam("to", "2019-12-31").get("/api/v1/projects").then(),
                400, "invalid-parameter", "/api/v1/projects")
                .body("errors.name", contains("from"));
        problem(given().queryParam("from", "2018-06-01").queryParam("to", "2018-05-31").get("/api/v1/press-releases")
                .then(), 400, "invalid-parameter", "/api/v1/press-releases")
                .body("errors.name", contains("from"));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/projects, from, +999999999-12-31",
            "/api/v1/exports/press-releases.ndjson, to, -999999999-01-01",
            "/api/v1/exports/iati-activities.xml, updatedSince, -292275055-05-16T16:47:04.192Z",
            "/api/v1/feeds/press-releases.atom, updatedSince, +292278994-08-17T07:12:55.807Z" })
    void datesBeyondTheYears1To9999AreBadRequests(String path, String name, String value) {
        problem(given().queryParam(name, value).get(path).then(), 400, "invalid-parameter", path)
                .body("errors.name", contains(name));
    }

    @Test
    void controlCharactersInPathsAndQueriesAreBadRequests() {
        problem(given().urlEncodingEnabled(false).get("/api/v1/countries/MN%00").then(), 400, "invalid-parameter",
                "/api/v1/countries/MN\u0000").body("errors.name", contains("code"));
        problem(given().urlEncodingEnabled(false).get("/api/v1/projects?country=MN%00").then(), 400,
                "invalid-parameter", "/api/v1/projects").body("errors.name", contains("country"));
    }

    @Test
    void anOverlongSearchIsABadRequest() {
        problem(given().queryParam("q", "decent work ".repeat(834)).get("/api/v1/projects").then(), 400,
                "invalid-parameter", "/api/v1/projects")
                .body("errors.name", contains("q"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "country", "funder", "theme", "status", "activeOn", "from", "to", "updatedSince", "sort",
            "facets", "limit", "cursor" })
    void sqlInAnyStructuredParameterIsABadRequest(String name) {
        problem(given().queryParam(name, "1' OR '1'='1'; DROP TABLE project; --").get("/api/v1/projects").then(),
                400, "invalid-parameter", "/api/v1/projects")
                .body("errors.name", contains(name));
        given().get("/api/v1/projects").then().statusCode(200).body("page.totalItems", equalTo(10));
    }

    @Test
    void everyInvalidParameterIsNamedAtOnce() {
        problem(given().queryParam("limit", 0).queryParam("country", "XYZ").queryParam("status", "nope")
                .queryParam("sort", "nonsense").get("/api/v1/projects").then(), 400, "invalid-parameter", "/api/v1/projects")
                .body("errors.name", contains("country", "status", "sort", "limit"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/projects                   | limit=abc&country=FR&funder=no-such-funder | country,funder,limit",
            "/api/v1/projects                   | sort=nonsense&theme=no-such-theme          | sort,theme",
            "/api/v1/press-releases             | year=abc&country=FR&project=no-such-project | country,project,year",
            "/api/v1/press-releases             | limit=0&theme=no-such-theme                 | theme,limit",
            "/api/v1/exports/projects.csv       | sort=nonsense&country=FR                    | country,sort",
            "/api/v1/exports/press-releases.ndjson | from=soon&project=no-such-project        | from,project",
            "/api/v1/exports/iati-activities.xml | activeOn=soon&funder=no-such-funder        | funder,activeOn",
            "/api/v1/feeds/press-releases.atom  | to=soon&country=FR                          | to,country",
            "/api/v1/changes                    | limit=abc&since=forged                      | limit,since",
            "/api/v1/search                     | q=labour&type=office&limit=abc              | type,limit" })
    void everyInvalidParameterIsListedWhateverChecksIt(String path, String query, String names) {
        problem(given().urlEncodingEnabled(false).get(path + "?" + query).then(), 400, "invalid-parameter", path)
                .body("errors.name", containsInAnyOrder(names.split(",")))
                .body("detail", containsString(names.split(",").length + " invalid query parameters"));
    }

    @Test
    void anEmptyRequiredParameterIsNotToldToBeLeftOut() {
        problem(given().urlEncodingEnabled(false).get("/api/v1/search?q=").then(), 400, "invalid-parameter",
                "/api/v1/search")
                .body("errors.name", contains("q"))
                .body("errors[0].reason", equalTo("must not be empty"));
        problem(given().urlEncodingEnabled(false).get("/api/v1/projects?q=").then(), 400, "invalid-parameter",
                "/api/v1/projects")
                .body("errors[0].reason", equalTo("must not be empty; leave the parameter out instead"));
    }

    @Test
    void singleValuedParameterGivenTwiceIsRejected() {
        problem(given().queryParam("limit", 1, 2).get("/api/v1/projects").then(), 400, "invalid-parameter",
                "/api/v1/projects")
                .body("errors.name", contains("limit"));
    }

    @Test
    void tamperedCursorIsRejected() {
        String cursor = given().queryParam("limit", 2).get("/api/v1/projects").then().statusCode(200)
                .extract().path("page.nextCursor");
        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');
        problem(given().queryParam("limit", 2).queryParam("cursor", tampered).get("/api/v1/projects").then(),
                400, "invalid-parameter", "/api/v1/projects")
                .body("errors.name", contains("cursor"));

        String payloadChanged = "eyJ2IjpbIjIwMTktMDEtMDEiXSwiaWQiOiJ4In0" + cursor.substring(cursor.indexOf('.'));
        problem(given().queryParam("limit", 2).queryParam("cursor", payloadChanged).get("/api/v1/projects").then(),
                400, "invalid-parameter", "/api/v1/projects")
                .body("errors.name", contains("cursor"));
    }

    @Test
    void cursorOfAnotherQueryIsRejected() {
        String cursor = given().queryParam("limit", 2).get("/api/v1/projects").then().statusCode(200)
                .extract().path("page.nextCursor");
        problem(given().queryParam("limit", 2).queryParam("country", "CN").queryParam("cursor", cursor)
                .get("/api/v1/projects").then(), 400, "invalid-parameter", "/api/v1/projects")
                .body("errors.name", contains("cursor"));
        problem(given().queryParam("sort", "title").queryParam("cursor", cursor).get("/api/v1/projects").then(),
                400, "invalid-parameter", "/api/v1/projects")
                .body("errors.name", contains("cursor"));
        problem(given().queryParam("cursor", cursor).get("/api/v1/press-releases").then(),
                400, "invalid-parameter", "/api/v1/press-releases")
                .body("errors.name", contains("cursor"));
    }

    @Test
    void unsupportedAcceptIsNotAcceptable() {
        problem(given().accept("text/csv").get("/api/v1/projects").then(), 406, "not-acceptable", "/api/v1/projects");
        problem(given().accept("text/html").get("/api/v1/projects/score-phase-3-china").then(), 406, "not-acceptable",
                "/api/v1/projects/score-phase-3-china");
    }

    @Test
    void aClientThatAcceptsOnlyProblemsGetsItsErrorsAndA406ForABody() {
        problem(given().accept("application/problem+json").get("/api/v1/projects/no-such-project").then(),
                404, "not-found", "/api/v1/projects/no-such-project");
        problem(given().accept("application/problem+json").queryParam("limit", "abc").get("/api/v1/projects").then(),
                400, "invalid-parameter", "/api/v1/projects");
        problem(given().accept("application/problem+json").get("/api/v1/projects/score-phase-3-china").then(),
                406, "not-acceptable", "/api/v1/projects/score-phase-3-china")
                .header("ETag", nullValue()).header("Content-Language", nullValue());
        problem(given().accept("application/problem+json").get("/api/v1/exports/projects.csv").then(),
                406, "not-acceptable", "/api/v1/exports/projects.csv")
                .header("Content-Disposition", nullValue());
        problem(given().accept("application/problem+json;q=0.5, text/html").get("/api/v1/office").then(),
                406, "not-acceptable", "/api/v1/office");
    }

    @Test
    void aClientThatAcceptsJsonAndProblemsGetsTheJson() {
        given().accept("application/json, application/problem+json").get("/api/v1/projects/score-phase-3-china")
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo("score-phase-3-china"));
        given().accept("application/problem+json, application/json;q=0.5").get("/api/v1/projects?limit=1")
                .then().statusCode(200).contentType("application/json");
        given().accept("application/problem+json, */*;q=0.1").get("/api/v1/exports/projects.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"));
    }
}
