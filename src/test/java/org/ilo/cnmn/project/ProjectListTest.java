package org.ilo.cnmn.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Filters, default order and keyset paging of /api/v1/projects, against the seed content. */
@QuarkusTest
class ProjectListTest {

    /** All ten seed projects, newest start date first; the two projects starting 2017-12-15 tie and break on id. */
    static final List<String> DEFAULT_ORDER = List.of(
            "universal-social-protection-china",
            "formal-employment-mongolia",
            "gsp-plus-phase-2-mongolia",
            "aids-discrimination-workplace-china",
            "responsible-supply-chains-asia",
            "responsible-supply-chains-asia-china",
            "score-phase-3-china",
            "fprw-cotton-supply-chain-china",
            "collective-bargaining-china",
            "gsp-plus-beneficiary-mongolia");

    @Test
    void listsAllProjectsNewestStartFirst() {
        given().get("/api/v1/projects")
                .then().statusCode(200)
                .contentType("application/json")
                .body("items.id", contains(DEFAULT_ORDER.toArray()))
                .body("page.limit", equalTo(20))
                .body("page.totalItems", equalTo(10))
                .body("page.nextCursor", nullValue());
    }

    @Test
    void filtersProjectsByCountry() {
        given().queryParam("country", "MN").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("formal-employment-mongolia", "gsp-plus-phase-2-mongolia",
                        "gsp-plus-beneficiary-mongolia"))
                .body("page.totalItems", equalTo(3));
        given().queryParam("country", "CN").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("universal-social-protection-china", "aids-discrimination-workplace-china",
                        "responsible-supply-chains-asia-china", "score-phase-3-china", "fprw-cotton-supply-chain-china",
                        "collective-bargaining-china"));
    }

    @Test
    void repeatedAndCommaSeparatedValuesMeanAnyOf() {
        List<String> bothCountries = DEFAULT_ORDER.stream().filter(id -> !id.equals("responsible-supply-chains-asia")).toList();
        given().queryParam("country", "CN", "MN").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains(bothCountries.toArray()));
        given().queryParam("country", "MN,CN").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains(bothCountries.toArray()));
    }

    @Test
    void filtersProjectsByFunder() {
        given().queryParam("funder", "european-union").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("universal-social-protection-china", "gsp-plus-phase-2-mongolia",
                        "responsible-supply-chains-asia-china"));
        given().queryParam("funder", "ilo").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("formal-employment-mongolia", "responsible-supply-chains-asia-china"));
    }

    @Test
    void filtersProjectsByTheme() {
        given().queryParam("theme", "social-dialogue").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("fprw-cotton-supply-chain-china", "collective-bargaining-china",
                        "gsp-plus-beneficiary-mongolia"));
        given().queryParam("theme", "supply-chains,social-protection").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("universal-social-protection-china", "responsible-supply-chains-asia",
                        "responsible-supply-chains-asia-china", "fprw-cotton-supply-chain-china"));
    }

    @Test
    void filtersProjectsByStatusComputedFromTheDates() {
        given().queryParam("status", "completed").get("/api/v1/projects")
                .then().statusCode(200).body("page.totalItems", equalTo(10));
        given().queryParam("status", "active").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items", empty())
                .body("page.totalItems", equalTo(0))
                .body("page.nextCursor", nullValue());
    }

    @Test
    void combinesFiltersWithAnd() {
        given().queryParam("funder", "european-union").queryParam("country", "MN").get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains("gsp-plus-phase-2-mongolia"));
        given().queryParam("theme", "social-dialogue").queryParam("country", "MN").queryParam("status", "completed")
                .get("/api/v1/projects")
                .then().statusCode(200).body("items.id", contains("gsp-plus-beneficiary-mongolia"));
        given().queryParam("funder", "ilo").queryParam("theme", "social-protection").get("/api/v1/projects")
                .then().statusCode(200).body("items", empty()).body("page.totalItems", equalTo(0));
    }

    @Test
    void pagingByNextCursorVisitsEveryProjectOnceInDefaultOrder() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/projects").then().statusCode(200)
                    .body("page.limit", equalTo(3))
                    .body("page.totalItems", equalTo(10))
                    .extract().response();
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("page.nextCursor");
            String link = page.header("Link");
            if (cursor == null) {
                assertNull(link, "the last page has no next link");
            } else {
                assertEquals("<http://localhost:" + RestAssured.port + "/api/v1/projects?limit=3&cursor=" + cursor
                        + ">; rel=\"next\"", link);
            }
            pages++;
        } while (cursor != null);
        assertEquals(DEFAULT_ORDER, seen);
        assertEquals(4, pages);
    }

    @Test
    void followingTheLinkHeaderReachesTheNextPage() {
        String next = given().queryParam("country", "CN").queryParam("limit", 4).get("/api/v1/projects")
                .then().statusCode(200).extract().header("Link");
        String url = next.substring(1, next.indexOf('>'));
        given().get(url).then().statusCode(200)
                .body("items.id", contains("fprw-cotton-supply-chain-china", "collective-bargaining-china"))
                .body("page.nextCursor", nullValue());
    }

    @Test
    void sortsByAnyKeyWithTiesBrokenById() {
        given().queryParam("sort", "endDate").queryParam("limit", 3).get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("gsp-plus-beneficiary-mongolia", "aids-discrimination-workplace-china",
                        "collective-bargaining-china"));
        given().queryParam("sort", "-endDate,title").queryParam("country", "CN").get("/api/v1/projects")
                .then().statusCode(200)
                .body("items.id", contains("universal-social-protection-china", "score-phase-3-china",
                        "responsible-supply-chains-asia-china", "fprw-cotton-supply-chain-china",
                        "collective-bargaining-china", "aids-discrimination-workplace-china"));
    }

    @Test
    void servesOneProjectById() {
        given().get("/api/v1/projects/score-phase-3-china")
                .then().statusCode(200)
                .contentType("application/json")
                .body("id", equalTo("score-phase-3-china"))
                .body("startDate", equalTo("2017-11-01"))
                .body("endDate", equalTo("2021-10-31"))
                .body("countries.code", contains("CN"))
                .body("funders", empty())
                .body("relatedPressReleases.id", containsInAnyOrder("score-zhejiang-scaling-up",
                        "score-fangshan-mid-term-review", "score-huzhou-mid-term-workshop"));
    }
}
