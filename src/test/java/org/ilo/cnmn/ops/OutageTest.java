package org.ilo.cnmn.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ilo.cnmn.support.TcpProxy;
import org.ilo.cnmn.support.TestDatabase;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The database goes away mid-run (the test cuts the connection between service and PostgreSQL) and
 * comes back: requests answer 503 with Retry-After quickly, readiness goes down while liveness
 * stays up, nothing is half-written, and the service recovers by itself.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class OutageTest {

    static final String EDITOR = Tokens.editor("outage-editor");

    @Test
    void answers503DuringADatabaseOutageAndRecoversWithoutARestart() {
        String existing = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        String created = existing + "-new";
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON).body(project(existing, "Before the outage"))
                .post("/api/v1/projects").then().statusCode(201);
        String etag = given().get("/api/v1/projects/" + existing).then().statusCode(200).extract().header("ETag");

        TcpProxy database = TestDatabase.proxy();
        database.cut();
        try {
            for (String url : List.of("/api/v1/projects?sort=title&country=MN", "/api/v1/projects/" + existing,
                    "/api/v1/search?q=outage", "/api/v1/changes")) {
                Instant start = Instant.now();
                given().get(url).then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "5")
                        .body("type", equalTo("/problems/service-unavailable"));
                assertEquals(true, Duration.between(start, Instant.now()).toMillis() < 3_000,
                        url + " answered within 3 seconds");
            }
            given().auth().oauth2(EDITOR).contentType(ContentType.JSON).body(project(created, "During the outage"))
                    .post("/api/v1/projects").then().statusCode(503);
            given().auth().oauth2(EDITOR).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(project(existing, "Changed during the outage")).put("/api/v1/projects/" + existing)
                    .then().statusCode(503);
            given().noFilters().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().noFilters().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            database.restore();
        }

        Response recovered = awaitOk("/api/v1/projects/" + existing);
        assertEquals("Before the outage", recovered.path("title"), "the refused write left nothing behind");
        given().get("/api/v1/projects/" + created).then().statusCode(404);
        given().noFilters().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/projects?sort=title&country=MN").then().statusCode(200)
                .time(lessThan(3_000L));
        given().auth().oauth2(EDITOR).header("If-Match", recovered.header("ETag"))
                .delete("/api/v1/projects/" + existing).then().statusCode(204);
    }

    private static Response awaitOk(String url) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            Response response = given().noFilters().get(url);
            if (response.statusCode() == 200 || Instant.now().isAfter(deadline)) {
                assertEquals(200, response.statusCode(), "the service recovers by itself");
                return given().get(url).then().statusCode(200).extract().response();
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Object> project(String id, String title) {
        return Map.of("id", id, "title", title, "startDate", "2027-01-01", "endDate", "2027-12-31",
                "themes", List.of("employment"));
    }
}
