package org.ilo.cnmn.pressrelease;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
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

/** The full press release query language against the seed content. */
@QuarkusTest
class PressReleaseQueryTest {

    @Test
    void filtersByPublicationDateRangeInclusive() {
        given().queryParam("from", "2018-05-22").queryParam("to", "2018-05-25").get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("items.id", contains("supply-chains-mou-china", "mongolia-50-years-ilo-membership",
                        "director-credentials-mongolia", "gsp-plus-3-kick-off"));
        given().queryParam("to", "2017-11-15").get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("items.id", contains("score-huzhou-mid-term-workshop", "multinationals-social-protection"));
    }

    @Test
    void filtersByTheme() {
        given().queryParam("theme", "gender-equality").get("/api/v1/press-releases")
                .then().statusCode(200).body("items.id", contains("brics-social-dialogue", "global-care-crisis"));
        given().queryParam("theme", "gender-equality").queryParam("year", 2018).queryParam("to", "2018-07-01")
                .get("/api/v1/press-releases")
                .then().statusCode(200).body("items.id", contains("global-care-crisis"));
    }

    @Test
    void searchesTitlesAndSummaries() {
        given().queryParam("q", "SCORE").get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder("score-fangshan-mid-term-review", "score-huzhou-mid-term-workshop",
                        "score-zhejiang-scaling-up"));
        given().queryParam("q", "labour").queryParam("country", "MN").get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("items.id", contains("nhrcm-labour-rights-smes", "mongolia-50-years-ilo-membership",
                        "gsp-plus-3-kick-off", "monef-ready2export"));
        given().queryParam("q", "\"supply chains\" -cotton").queryParam("sort", "-publishedOn")
                .get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("items.id", contains("supply-chains-mou-china", "responsible-supply-chains-asia-launch"));
    }

    @Test
    void filtersByUpdatedSince() {
        given().queryParam("updatedSince", "2999-12-31T23:59:59Z").get("/api/v1/press-releases")
                .then().statusCode(200).body("items", empty());
        given().queryParam("updatedSince", "2020-01-01T00:00:00Z").get("/api/v1/press-releases")
                .then().statusCode(200).body("page.totalItems", equalTo(20));
    }

    @Test
    void countsYearCountryAndThemeFacets() {
        given().queryParam("facets", "year,country").get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("facets.year.value", contains("2018", "2017"))
                .body("facets.year.count", contains(11, 9))
                .body("facets.country.value", contains("CN", "MN"))
                .body("facets.country.count", contains(10, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = { "publishedOn", "-publishedOn", "title", "-title", "lastUpdated", "-lastUpdated",
            "-publishedOn,title", "title,-publishedOn" })
    void walkingEverySortWithLimitOneVisitsEachReleaseOnce(String sort) {
        List<String> expected = given().queryParam("sort", sort).queryParam("limit", 100).get("/api/v1/press-releases")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertEquals(20, new HashSet<>(expected).size());
        assertEquals(expected, walk(Map.of("sort", sort)));
    }

    @Test
    void walkingSearchResultsWithTiedRelevanceVisitsEachOnce() {
        List<String> expected = given().queryParam("q", "labour").queryParam("limit", 100).get("/api/v1/press-releases")
                .then().extract().jsonPath().getList("items.id", String.class);
        assertEquals(7, expected.size());
        assertEquals(expected, walk(Map.of("q", "labour")));
    }

    private static List<String> walk(Map<String, String> query) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParams(query).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/press-releases").then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("page.nextCursor");
        } while (cursor != null);
        return seen;
    }
}
