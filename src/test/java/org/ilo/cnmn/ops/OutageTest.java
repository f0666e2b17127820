package org.ilo.cnmn.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ilo.cnmn.support.TcpProxy;
import org.ilo.cnmn.support.TestDatabase;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The database goes away mid-run and comes back, either loudly (the test cuts the connections between
 * service and PostgreSQL: resets, then refusals) or silently (a black hole: connections stay open and
 * no byte passes, as in a partition or a failover). Either way requests answer 503 with Retry-After
 * within 3 s, readiness goes down within 5 s while liveness stays up, nothing is half-written, and
 * the service recovers by itself with no dead connection left in its pool.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class OutageTest {

    static final String EDITOR = Tokens.editor("outage-editor");
    static final long REQUEST_BOUND_MILLIS = 3_000;
    static final long READINESS_BOUND_MILLIS = 5_000;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.read-timeout")
    Duration readTimeout;

    @Test
    void answers503DuringADatabaseOutageAndRecoversWithoutARestart() throws Exception {
        survives(TcpProxy::cut);
    }

    @Test
    void answers503WhenTheDatabaseFallsSilentAndRecoversWithoutARestart() throws Exception {
        survives(TcpProxy::blackHole);
    }

    /** An export raises its connection's network timeout (Streamer); back in the pool it must wait no longer than any other. */
    @Test
    void aConnectionBackFromAnExportWaitsNoLongerThanTheReadTimeout() throws SQLException {
        Connection raw;
        try (Connection c = dataSource.getConnection()) {
            c.setNetworkTimeout(Runnable::run, 60_000);
            raw = (Connection) c.unwrap(PGConnection.class);
        }
        assertEquals(readTimeout.toMillis(), raw.getNetworkTimeout(), "network timeout of a pooled connection");
    }

    private void survives(Consumer<TcpProxy> outage) throws SQLException, InterruptedException {
        String existing = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        String created = existing + "-new";
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON).body(project(existing, "Before the outage"))
                .post("/api/v1/projects").then().statusCode(201);
        String etag = given().get("/api/v1/projects/" + existing).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/projects/" + existing).then().statusCode(304);
        // An export leaves its connection in the pool, where the next request may get it.
        given().get("/api/v1/exports/projects.csv?country=MN").then().statusCode(200);

        TcpProxy database = TestDatabase.proxy();
        outage.accept(database);
        Instant outageStart = Instant.now();
        try {
            for (String url : List.of("/api/v1/projects?sort=title&country=MN", "/api/v1/projects/" + existing,
                    "/api/v1/search?q=outage", "/api/v1/changes")) {
                within(REQUEST_BOUND_MILLIS, url, () -> given().get(url)).then().statusCode(503)
                        .contentType("application/problem+json").header("Retry-After", "5")
                        .body("type", equalTo("/problems/service-unavailable"));
            }
            // Past max-silence (1 s), the validator cache may no longer confirm the ETag it knows.
            long sinceOutage = Duration.between(outageStart, Instant.now()).toMillis();
            if (sinceOutage < 1_100) {
                Thread.sleep(1_100 - sinceOutage);
            }
            within(REQUEST_BOUND_MILLIS, "a conditional read", () -> given().header("If-None-Match", etag)
                    .get("/api/v1/projects/" + existing)).then().statusCode(503);
            within(REQUEST_BOUND_MILLIS, "a create", () -> given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                    .body(project(created, "During the outage")).post("/api/v1/projects"))
                    .then().statusCode(503).header("Retry-After", "5");
            within(REQUEST_BOUND_MILLIS, "an update", () -> given().auth().oauth2(EDITOR).header("If-Match", etag)
                    .contentType(ContentType.JSON).body(project(existing, "Changed during the outage"))
                    .put("/api/v1/projects/" + existing)).then().statusCode(503).header("Retry-After", "5");
            within(READINESS_BOUND_MILLIS, "readiness", () -> given().noFilters().get("/q/health/ready"))
                    .then().statusCode(503).body("status", equalTo("DOWN"));
            within(REQUEST_BOUND_MILLIS, "liveness", () -> given().noFilters().get("/q/health/live"))
                    .then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            database.restore();
        }

        Response recovered = awaitOk("/api/v1/projects/" + existing);
        assertEquals("Before the outage", recovered.path("title"), "the refused write left nothing behind");
        given().get("/api/v1/projects/" + created).then().statusCode(404);
        given().noFilters().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/projects?sort=title&country=MN").then().statusCode(200)
                .time(lessThan(REQUEST_BOUND_MILLIS));
        assertEveryPooledConnectionWorks();
        given().auth().oauth2(EDITOR).header("If-Match", recovered.header("ETag"))
                .delete("/api/v1/projects/" + existing).then().statusCode(204);
    }

    /** Holds (nearly) the whole pool at once: a dead connection left in it would be handed out here and fail. */
    private void assertEveryPooledConnectionWorks() throws SQLException {
        int held = dataSource.getConfiguration().connectionPoolConfiguration().maxSize() - 2;
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < held; i++) {
                Connection c = dataSource.getConnection();
                connections.add(c);
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
            }
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
        assertEquals(held, connections.size());
    }

    /**
     * Sends a request and checks how long its answer took to arrive (assertions on it are not timed);
     * one that hangs fails the test with the stacks of the service's threads (same JVM), which show where.
     */
    private static Response within(long millis, String what, Supplier<Response> request) {
        Instant start = Instant.now();
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(request);
        Response response;
        try {
            response = answer.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " did not answer within " + millis + " ms; threads:\n" + threadDump());
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what + " was interrupted", e);
        }
        long took = Duration.between(start, Instant.now()).toMillis();
        System.out.printf("Outage: %s answered %d in %d ms%n", what, response.statusCode(), took);
        assertTrue(took < millis, what + " answered within " + millis + " ms (took " + took + " ms)");
        return response;
    }

    private static String threadDump() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
            for (StackTraceElement frame : stack) {
                dump.append("\tat ").append(frame).append('\n');
            }
        });
        return dump.toString();
    }

    private static Response awaitOk(String url) {
        Instant deadline = Instant.now().plusSeconds(20);
        for (int attempt = 0; attempt < 200; attempt++) {
            Response response = given().noFilters().get(url);
            if (response.statusCode() == 200 || Instant.now().isAfter(deadline)) {
                assertEquals(200, response.statusCode(), "the service recovers by itself");
                return given().get(url).then().statusCode(200).extract().response();
            }
            sleep();
        }
        throw new AssertionError("the service did not recover within 200 attempts");
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
