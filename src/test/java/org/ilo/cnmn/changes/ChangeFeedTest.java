package org.ilo.cnmn.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.ilo.cnmn.platform.paging.TokenSigner;
import org.ilo.cnmn.support.ChangeTokens;
import org.ilo.cnmn.support.TestData;
import org.ilo.cnmn.support.WritesProfile;
import org.ilo.cnmn.content.ContentKind;
import org.ilo.cnmn.content.TestChangeLog;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** /api/v1/changes: every committed change exactly once, in commit order, for a partner polling with tokens. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ChangeFeedTest {

    @Inject
    TestData data;

    @Inject
    TestChangeLog changes;

    @Inject
    TokenSigner signer;

    @Test
    void startsFromTheBeginningWithTheSeedContent() {
        JsonPath first = given().queryParam("limit", 30).get("/api/v1/changes").then().statusCode(200)
                .header("Cache-Control", "no-cache").extract().jsonPath();
        List<String> types = first.getList("items.type", String.class);
        assertEquals(10, types.stream().filter("project"::equals).count());
        assertEquals(20, types.stream().filter("pressRelease"::equals).count());
        assertTrue(first.getList("items.action", String.class).stream().allMatch("upsert"::equals));
    }

    @Test
    void pagingWithNextTokenReturnsWhatOneCallReturns() {
        List<String> all = ChangeTokens.entries(given().queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200)
                .extract().jsonPath());
        List<String> paged = new ArrayList<>();
        String token = null;
        boolean more;
        do {
            var request = given().queryParam("limit", 7);
            if (token != null) {
                request.queryParam("since", token);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            paged.addAll(ChangeTokens.entries(page));
            token = page.getString("nextToken");
            more = page.getBoolean("hasMore");
        } while (more);
        assertEquals(all, paged);
        given().queryParam("since", token).get("/api/v1/changes").then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("nextToken", equalTo(token))
                .body("hasMore", equalTo(false));
    }

    @Test
    void reportsCreatesUpdatesAndDeletesAsTombstones() {
        String token = ChangeTokens.latest();
        String project = "feed-test-" + UUID.randomUUID().toString().substring(0, 8);
        data.createProject(project, "Feed test project", null, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1),
                List.of("MN"));
        data.retitleProject(project, "Feed test project, renamed");
        data.deleteProject(project);

        given().queryParam("since", token).get("/api/v1/changes").then().statusCode(200)
                .body("items.id", contains(project, project, project))
                .body("items.type", contains("project", "project", "project"))
                .body("items.action", contains("upsert", "upsert", "delete"))
                .body("hasMore", equalTo(false));
        given().get("/api/v1/projects/" + project).then().statusCode(404);
    }

    @Test
    void missesNothingWhenTransactionsCommitInAnotherOrderThanTheyStarted() throws Exception {
        String token = ChangeTokens.latest();
        String first = "feed-first-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "feed-second-" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondCommitted = new CountDownLatch(1);

        // The first transaction starts and writes, but commits only after the second has committed.
        CompletableFuture<Void> firstTransaction = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    data.insertProject(first, "Started first, committed last", null, LocalDate.of(2025, 1, 1),
                            LocalDate.of(2026, 1, 1), List.of("CN"));
                    firstWrote.countDown();
                    await(secondCommitted);
                    changes.upsert(ContentKind.PROJECT, first);
                }));
        await(firstWrote);
        data.createProject(second, "Started second, committed first", null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 1, 1), List.of("CN"));

        // A partner polls between the two commits...
        JsonPath between = given().queryParam("since", token).get("/api/v1/changes").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(second), between.getList("items.id", String.class));

        secondCommitted.countDown();
        firstTransaction.get(10, TimeUnit.SECONDS);

        // ...and, continuing from its token, still sees the change that committed later, once.
        JsonPath after = given().queryParam("since", between.getString("nextToken")).get("/api/v1/changes")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first), after.getList("items.id", String.class));
        assertFalse(after.getBoolean("hasMore"));

        data.deleteProject(first);
        data.deleteProject(second);
    }

    @Test
    void rejectsTamperedAndForeignTokens() {
        String token = ChangeTokens.latest();
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        given().queryParam("since", tampered).get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors.name", contains("since"));
        given().queryParam("since", "garbage").get("/api/v1/changes").then().statusCode(400)
                .body("errors.name", contains("since"));
        String otherDataSet = signer.sign(UUID.randomUUID() + ":5", "changes");
        given().queryParam("since", otherDataSet).get("/api/v1/changes").then().statusCode(400)
                .body("errors.name", contains("since"))
                .body("errors[0].reason", org.hamcrest.Matchers.containsString("another data set"));
        String cursorScoped = signer.sign("5", "projects");
        given().queryParam("since", cursorScoped).get("/api/v1/changes").then().statusCode(400)
                .body("errors.name", contains("since"));
    }

    @Test
    void rejectsALimitOutOfRange() {
        given().queryParam("limit", 1001).get("/api/v1/changes").then().statusCode(400)
                .body("errors.name", contains("limit"));
        given().queryParam("limit", 0).get("/api/v1/changes").then().statusCode(400)
                .body("errors.name", contains("limit"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the other transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
