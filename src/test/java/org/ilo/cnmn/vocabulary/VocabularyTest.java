package org.ilo.cnmn.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Countries, funders and themes with the counts a filter menu needs. */
@QuarkusTest
class VocabularyTest {

    @Test
    void listsCountriesWithUsageCounts() {
        given().get("/api/v1/countries")
                .then().statusCode(200)
                .body("items.code", contains("CN", "MN"))
                .body("items.name", contains("China", "Mongolia"))
                .body("items.projectCount", contains(6, 3))
                .body("items.pressReleaseCount", contains(10, 5))
                .body("page.totalItems", equalTo(2));
    }

    @Test
    void servesOneCountry() {
        given().get("/api/v1/countries/MN")
                .then().statusCode(200)
                .body("code", equalTo("MN"))
                .body("projectCount", equalTo(3))
                .body("pressReleaseCount", equalTo(5));
    }

    @Test
    void listsFundersWithProjectCounts() {
        given().get("/api/v1/funders")
                .then().statusCode(200)
                .body("items.id", contains("european-union", "ilo"))
                .body("items.projectCount", contains(3, 2));
        given().get("/api/v1/funders/ilo")
                .then().statusCode(200).body("name", equalTo("International Labour Organization"));
    }

    @Test
    void listsThemesInNameOrderAcrossPages() {
        given().queryParam("limit", 5).get("/api/v1/themes")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items[0].name", equalTo("Decent Work Agenda"))
                .body("page.totalItems", equalTo(11))
                .body("page.nextCursor", notNullValue());
        String cursor = given().queryParam("limit", 10).get("/api/v1/themes").then().extract().path("page.nextCursor");
        given().queryParam("limit", 10).queryParam("cursor", cursor).get("/api/v1/themes")
                .then().statusCode(200)
                .body("items.id", contains("vulnerable-workers"))
                .body("page.nextCursor", nullValue());
    }

    @Test
    void servesOneThemeWithCounts() {
        given().get("/api/v1/themes/social-protection")
                .then().statusCode(200)
                .body("name", equalTo("Social protection"))
                .body("projectCount", equalTo(1))
                .body("pressReleaseCount", equalTo(5));
    }
}
