package org.ilo.cnmn.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.util.Map;

import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A search expected to match more than ILO_SEARCH_EXACT_TOTAL_UP_TO items reports an estimate, marked so. */
@QuarkusTest
@TestProfile(SearchEstimateTest.CountsNothingExactly.class)
class SearchEstimateTest {

    public static class CountsNothingExactly extends WritesProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ilo.search.exact-total-up-to", "0");
        }
    }

    @Test
    void marksATotalItDidNotCount() {
        given().queryParam("q", "labour").get("/api/v1/search").then().statusCode(200)
                .body("page.totalItemsIsEstimate", equalTo(true))
                .body("page.totalItems", greaterThanOrEqualTo(0))
                .body("items.size()", equalTo(11));
    }

    @Test
    void countsSearchesInTranslationsExactly() {
        // The planner has no statistics for substrings of translations: those totals are always counted.
        given().queryParam("q", "社会保护").get("/api/v1/search").then().statusCode(200)
                .body("page.totalItemsIsEstimate", equalTo(false));
    }

    @Test
    void listsSearchedWithoutOtherFiltersMayEstimateToo() {
        given().queryParam("q", "labour").get("/api/v1/projects").then().statusCode(200)
                .body("page.totalItemsIsEstimate", equalTo(true));
        given().queryParam("q", "labour").queryParam("country", "CN").get("/api/v1/projects").then().statusCode(200)
                .body("page.containsKey('totalItemsIsEstimate')", equalTo(false));
    }

    @Test
    void listsNeverSayTheirTotalIsAnEstimate() {
        given().get("/api/v1/projects").then().statusCode(200)
                .body("page.containsKey('totalItemsIsEstimate')", equalTo(false));
    }
}
