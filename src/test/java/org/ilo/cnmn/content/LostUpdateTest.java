package org.ilo.cnmn.content;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Editors racing on one record with the same ETag: exactly one wins, the others get 412, nothing is lost. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class LostUpdateTest {

    static final int EDITORS = 6;

    @Test
    void exactlyOneOfConcurrentEditsWithTheSameETagWins() throws Exception {
        String id = "race-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.editor("racer");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("id", id, "title", "Race start", "startDate", "2027-01-01", "endDate", "2027-12-31",
                        "themes", List.of("employment")))
                .post("/api/v1/projects").then().statusCode(201);
        String etag = given().get("/api/v1/projects/" + id).then().extract().header("ETag");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String title = "Edited by editor " + i;
            Callable<Response> edit = () -> {
                start.await();
                return given().auth().oauth2(token).header("If-Match", etag).contentType("application/merge-patch+json")
                        .body(Map.of("title", title)).patch("/api/v1/projects/" + id);
            };
            results.add(pool.submit(edit));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> result : results) {
            responses.add(result.get());
        }
        pool.shutdown();

        List<Response> winners = responses.stream().filter(r -> r.statusCode() == 200).toList();
        assertEquals(1, winners.size(), "exactly one edit wins");
        assertEquals(EDITORS - 1, responses.stream().filter(r -> r.statusCode() == 412).count(),
                "every other edit is refused as stale");
        Response stored = given().get("/api/v1/projects/" + id).then().statusCode(200).extract().response();
        assertEquals((String) winners.get(0).path("title"), stored.path("title"));
        assertEquals(winners.get(0).header("ETag"), stored.header("ETag"));
        assertEquals(1L, given().auth().oauth2(token).queryParam("type", "project").queryParam("id", id)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath()
                .getList("items.action", String.class).stream().filter("update"::equals).count(),
                "one update audited");

        given().auth().oauth2(token).header("If-Match", stored.header("ETag")).delete("/api/v1/projects/" + id)
                .then().statusCode(204);
    }
}
