package org.ilo.cnmn.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** /api/v1/search: projects and press releases together, typed, ranked, highlighted. */
@QuarkusTest
class SearchTest {

    @Test
    void findsProjectsAndPressReleasesTogetherTitleMatchesFirstThenNewest() {
        Response found = given().queryParam("q", "supply chains").get("/api/v1/search")
                .then().statusCode(200)
                .body("page.totalItems", equalTo(5))
                .body("page.totalItemsIsEstimate", equalTo(false))
                .body("items.type", hasItems("project", "pressRelease"))
                .body("items[0].id", equalTo("supply-chains-mou-china"))
                .body("items[0].type", equalTo("pressRelease"))
                .body("items[0].score", equalTo(2.0f))
                .body("items[0].href", equalTo("/api/v1/press-releases/supply-chains-mou-china"))
                .body("items.snippet", everyItem(containsString("<mark>")))
                .extract().response();
        List<Float> scores = found.jsonPath().getList("items.score", Float.class);
        List<String> dates = found.jsonPath().getList("items.date", String.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) < scores.get(i - 1)
                    || scores.get(i).equals(scores.get(i - 1)) && dates.get(i).compareTo(dates.get(i - 1)) <= 0,
                    "tier, then newest first: " + scores + " " + dates);
        }
    }

    @Test
    void highlightsMatchesInAnHtmlSafeSnippet() {
        given().queryParam("q", "sound").get("/api/v1/search")
                .then().statusCode(200)
                .body("items.id", contains("collective-bargaining-china"))
                .body("items[0].snippet", containsString("inclusive &amp; <mark>sound</mark> labour relations"));
    }

    @Test
    void stemsWords() {
        given().queryParam("q", "bargain").get("/api/v1/search")
                .then().statusCode(200).body("items.id", contains("collective-bargaining-china"));
    }

    @Test
    void filtersByType() {
        given().queryParam("q", "mongolia").queryParam("type", "pressRelease").get("/api/v1/search")
                .then().statusCode(200)
                .body("page.totalItems", equalTo(4))
                .body("items.type", everyItem(equalTo("pressRelease")));
    }

    @Test
    void hitsLinkToResourcesThatExist() {
        List<String> hrefs = given().queryParam("q", "labour").queryParam("limit", 100).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("items.href", String.class);
        assertEquals(11, hrefs.size());
        hrefs.forEach(href -> given().get(href).then().statusCode(200));
    }

    @Test
    void pagingThroughTiedScoresVisitsEveryHitOnce() {
        List<String> all = given().queryParam("q", "labour").queryParam("limit", 100).get("/api/v1/search")
                .then().extract().jsonPath().getList("items.href", String.class);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", "labour").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/search").then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("items.href", String.class));
            cursor = page.jsonPath().getString("page.nextCursor");
        } while (cursor != null);
        assertEquals(all, seen);
    }

    @Test
    void requiresAQueryOfReasonableLength() {
        given().get("/api/v1/search").then().statusCode(400).contentType("application/problem+json")
                .body("errors.name", contains("q"));
        given().queryParam("q", "x".repeat(10_000)).get("/api/v1/search").then().statusCode(400)
                .body("errors.name", contains("q"));
        given().queryParam("q", "labour\u0000").get("/api/v1/search").then().statusCode(400)
                .body("errors.name", contains("q"));
        given().queryParam("q", "labour").queryParam("type", "office").get("/api/v1/search").then().statusCode(400)
                .body("errors.name", contains("type"))
                .body("errors[0].reason", not(containsString("Exception")));
    }
}
