package org.ilo.cnmn.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The full project query language against the seed content: dates, search, updatedSince, sorts, facets. */
@QuarkusTest
class ProjectQueryTest {

    @Test
    void filtersProjectsRunningOnADayWithBothEndsInclusive() {
        given().queryParam("activeOn", "2019-06-30").get("/api/v1/projects")
                .then().statusCode(200).body("page.totalItems", equalTo(8))
                .body("items.id", containsInAnyOrder("formal-employment-mongolia", "responsible-supply-chains-asia",
                        "responsible-supply-chains-asia-china", "score-phase-3-china", "fprw-cotton-supply-chain-china",
                        "gsp-plus-phase-2-mongolia", "collective-bargaining-china", "aids-discrimination-workplace-china"));
        given().queryParam("activeOn", "2019-07-01").queryParam("country", "CN").queryParam("limit", 1)
                .get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains("universal-social-protection-china"));
        given().queryParam("activeOn", "2022-06-30").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains("universal-social-protection-china"));
        given().queryParam("activeOn", "2022-07-01").get("/api/v1/projects")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void filtersProjectsWhosePeriodOverlapsFromTo() {
        given().queryParam("from", "2021-01-01").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains("universal-social-protection-china", "score-phase-3-china"));
        given().queryParam("to", "2016-08-15").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains("gsp-plus-beneficiary-mongolia"));
        given().queryParam("from", "2019-01-31").queryParam("to", "2019-01-31").queryParam("country", "MN")
                .get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("formal-employment-mongolia", "gsp-plus-phase-2-mongolia",
                        "gsp-plus-beneficiary-mongolia"));
        given().queryParam("from", "2019-02-01").queryParam("to", "2019-03-01").get("/api/v1/projects")
                .then().statusCode(200).body("page.totalItems", equalTo(8));
    }

    @Test
    void searchUsesEnglishStemming() {
        given().queryParam("q", "bargain").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains("collective-bargaining-china"));
        given().queryParam("q", "enterprise").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", hasItem("score-phase-3-china"));
    }

    @Test
    void searchSupportsPhrasesAndExclusions() {
        given().queryParam("q", "\"supply chains\" -cotton").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("responsible-supply-chains-asia", "responsible-supply-chains-asia-china"));
        given().queryParam("q", "\"social protection\"").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains("universal-social-protection-china"));
        given().queryParam("q", "mongolia -formal").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("gsp-plus-phase-2-mongolia", "gsp-plus-beneficiary-mongolia"));
    }

    @Test
    void searchResultsComeTitleMatchesFirstThenNewest() {
        given().queryParam("q", "supply chains").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("responsible-supply-chains-asia", "responsible-supply-chains-asia-china",
                        "fprw-cotton-supply-chain-china"));
        given().queryParam("q", "labour").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("collective-bargaining-china", "gsp-plus-phase-2-mongolia",
                        "responsible-supply-chains-asia", "responsible-supply-chains-asia-china"));
    }

    @Test
    void searchCombinesWithFiltersAndAnExplicitSort() {
        given().queryParam("q", "labour").queryParam("country", "CN").queryParam("sort", "title")
                .get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("responsible-supply-chains-asia-china", "collective-bargaining-china"));
    }

    @Test
    void searchThatMatchesNothingIsAnEmptyList() {
        given().queryParam("q", "the").get("/api/v1/projects")
                .then().statusCode(200).body("items", empty()).body("page.totalItems", equalTo(0));
        given().queryParam("q", "'; DROP TABLE project; --").get("/api/v1/projects")
                .then().statusCode(200).body("items", empty());
        given().get("/api/v1/projects").then().statusCode(200).body("page.totalItems", equalTo(10));
    }

    @Test
    void filtersByUpdatedSince() {
        String seeded = given().get("/api/v1/projects/score-phase-3-china").then().extract().path("lastUpdated");
        given().queryParam("updatedSince", seeded).get("/api/v1/projects")
                .then().statusCode(200).body("page.totalItems", equalTo(10));
        given().queryParam("updatedSince", "2000-01-01T08:00:00+08:00").get("/api/v1/projects")
                .then().statusCode(200).body("page.totalItems", equalTo(10));
        given().queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/projects")
                .then().statusCode(200).body("items", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "startDate", "-startDate", "endDate", "-endDate", "title", "-title", "lastUpdated",
            "-lastUpdated", "-endDate,title", "lastUpdated,-startDate,-title" })
    void walkingEverySortWithLimitOneVisitsEachProjectOnce(String sort) {
        List<String> expected = ids(given().queryParam("sort", sort).queryParam("limit", 100));
        assertEquals(10, new HashSet<>(expected).size());
        assertEquals(expected, walk(Map.of("sort", sort)));
    }

    @Test
    void walkingSearchResultsByRelevanceVisitsEachOnce() {
        List<String> expected = ids(given().queryParam("q", "labour").queryParam("limit", 100));
        assertEquals(4, expected.size());
        assertEquals(expected, walk(Map.of("q", "labour")));
        assertEquals(ids(given().queryParam("q", "labour").queryParam("sort", "relevance").queryParam("limit", 100)),
                walk(Map.of("q", "labour", "sort", "relevance")));
    }

    @Test
    void sortsInTheRequestedDirections() {
        given().queryParam("sort", "startDate").queryParam("limit", 2).get("/api/v1/projects")
                .then().body("items.id", contains("gsp-plus-beneficiary-mongolia", "collective-bargaining-china"));
        given().queryParam("sort", "-endDate").queryParam("limit", 2).get("/api/v1/projects")
                .then().body("items.id", contains("universal-social-protection-china", "score-phase-3-china"));
    }

    @Test
    void countsFacetsOverTheWholeFilteredList() {
        given().queryParam("country", "CN").queryParam("facets", "country,funder,status").queryParam("limit", 1)
                .get("/api/v1/projects")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("facets.country.value", contains("CN"))
                .body("facets.country[0].count", equalTo(6))
                .body("facets.funder.value", contains("european-union", "ilo"))
                .body("facets.funder.count", contains(2, 1))
                .body("facets.status.value", contains("completed"))
                .body("facets.status[0].count", equalTo(6));
        given().queryParam("facets", "theme").queryParam("theme", "social-dialogue").get("/api/v1/projects")
                .then().statusCode(200)
                .body("facets.theme.find { it.value == 'social-dialogue' }.count", equalTo(3))
                .body("facets.theme.find { it.value == 'labour-standards' }.count", equalTo(3))
                .body("facets.theme.find { it.value == 'informal-economy' }.count", equalTo(1));
    }

    @Test
    void listsHaveNoFacetsUnlessAskedFor() {
        given().get("/api/v1/projects").then().statusCode(200).body("facets", nullValue());
    }

    private static List<String> walk(Map<String, String> query) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParams(query).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/projects").then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("page.nextCursor");
        } while (cursor != null);
        return seen;
    }

    private static List<String> ids(RequestSpecification request) {
        return request.get("/api/v1/projects").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
