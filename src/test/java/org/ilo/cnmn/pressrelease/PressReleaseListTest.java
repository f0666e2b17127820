package org.ilo.cnmn.pressrelease;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Filters, default order and keyset paging of /api/v1/press-releases, against the seed content. */
@QuarkusTest
class PressReleaseListTest {

    @Test
    void listsPressReleasesNewestFirstWithSameDayTiesBrokenById() {
        given().queryParam("limit", 100).get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("page.totalItems", equalTo(20))
                .body("items", hasSize(20))
                .body("items[0].id", equalTo("future-of-work-in-china"))
                .body("items[19].id", equalTo("multinationals-social-protection"))
                // both published on 2018-05-22
                .body("items[7].id", equalTo("director-credentials-mongolia"))
                .body("items[8].id", equalTo("gsp-plus-3-kick-off"));
    }

    @Test
    void filtersPressReleasesByYear() {
        given().queryParam("year", 2017).queryParam("limit", 100).get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("page.totalItems", equalTo(9))
                .body("items.publishedOn", everyItem(startsWith("2017-")));
        given().queryParam("year", 2018).get("/api/v1/press-releases")
                .then().statusCode(200).body("page.totalItems", equalTo(11));
        given().queryParam("year", 2016).get("/api/v1/press-releases")
                .then().statusCode(200).body("page.totalItems", equalTo(0));
    }

    @Test
    void filtersPressReleasesByCountry() {
        given().queryParam("country", "MN").get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("items.id", contains("mongolia-50-years-ilo-membership", "director-credentials-mongolia",
                        "gsp-plus-3-kick-off", "nhrcm-labour-rights-smes", "monef-ready2export"));
    }

    @Test
    void filtersPressReleasesByProject() {
        given().queryParam("project", "score-phase-3-china").get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("items.id", contains("score-zhejiang-scaling-up", "score-fangshan-mid-term-review",
                        "score-huzhou-mid-term-workshop"));
        given().queryParam("project", "gsp-plus-phase-2-mongolia").get("/api/v1/press-releases")
                .then().statusCode(200).body("items.id", contains("gsp-plus-3-kick-off"));
    }

    @Test
    void combinesPressReleaseFiltersWithAnd() {
        given().queryParam("project", "score-phase-3-china").queryParam("year", 2017).get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("items.id", contains("score-fangshan-mid-term-review", "score-huzhou-mid-term-workshop"));
        given().queryParam("country", "MN").queryParam("year", 2017).get("/api/v1/press-releases")
                .then().statusCode(200)
                .body("items.id", contains("nhrcm-labour-rights-smes", "monef-ready2export"));
        given().queryParam("country", "MN").queryParam("project", "score-phase-3-china").get("/api/v1/press-releases")
                .then().statusCode(200).body("page.totalItems", equalTo(0));
    }

    @Test
    void pagingVisitsEveryPressReleaseOnce() {
        List<String> all = given().queryParam("limit", 100).get("/api/v1/press-releases")
                .then().extract().jsonPath().getList("items.id", String.class);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 6);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/press-releases").then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("items.id", String.class));
            cursor = page.jsonPath().getString("page.nextCursor");
        } while (cursor != null);
        assertEquals(all, seen);
    }

    @Test
    void servesOnePressReleaseById() {
        given().get("/api/v1/press-releases/responsible-supply-chains-asia-launch")
                .then().statusCode(200)
                .body("publishedOn", equalTo("2018-03-22"))
                .body("image.credit", equalTo("© ILO/Marcel Crozet 2024"))
                .body("relatedProjects.id", contains("responsible-supply-chains-asia", "responsible-supply-chains-asia-china"));
        given().get("/api/v1/press-releases/hong-kong-seafarers-rights")
                .then().statusCode(200)
                .body("summary", nullValue())
                .body("image", nullValue());
    }
}
