package org.ilo.cnmn.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.ilo.cnmn.platform.ops.BackgroundFailures;
import org.ilo.cnmn.support.MutableClock;
import org.ilo.cnmn.support.Tokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Quotas per client address or partner key, with RateLimit headers, 429s and counts shared across replicas. */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class RateLimitTest {

    @Inject
    BackgroundFailures failures;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MutableClock clock;

    @Test
    void anAnonymousClientGetsItsQuotaThenA429WithRetryAfterUntilTheNextWindow() {
        clock.advance(Duration.ofMinutes(1)); // a window no other test has counted in
        String client = "198.51.100." + (int) (Math.random() * 200 + 1);
        long remaining = Long.MAX_VALUE;
        for (int i = 0; i < RateLimitProfile.ANONYMOUS_QUOTA; i++) {
            Response r = given().header("X-Forwarded-For", client).get("/api/v1/office").then().statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(RateLimitProfile.ANONYMOUS_QUOTA))
                    .extract().response();
            long now = Long.parseLong(r.header("RateLimit-Remaining"));
            assertTrue(now < remaining, "remaining goes down");
            remaining = now;
            assertTrue(Long.parseLong(r.header("RateLimit-Reset")) <= 60);
        }
        assertEquals(0, remaining);
        given().header("X-Forwarded-For", client).get("/api/v1/projects").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-requests"))
                .header("RateLimit-Remaining", "0")
                .header("Retry-After", matchesPattern("\\d+"));
        // Another client is not affected.
        given().header("X-Forwarded-For", "203.0.113.9").get("/api/v1/projects").then().statusCode(200);

        clock.advance(Duration.ofSeconds(59));
        given().header("X-Forwarded-For", client).get("/api/v1/projects").then().statusCode(429)
                .header("Retry-After", "1");
        clock.advance(Duration.ofSeconds(1));
        given().header("X-Forwarded-For", client).get("/api/v1/projects").then().statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(RateLimitProfile.ANONYMOUS_QUOTA - 1));
    }

    @Test
    void aForgedLeftmostForwardedForDoesNotBuyAFreshQuota() {
        // The test client is a trusted proxy (127.0.0.1) that appended the real address; the client forged the rest.
        String client = "198.18.0." + (int) (Math.random() * 200 + 1);
        for (int i = 0; i < RateLimitProfile.ANONYMOUS_QUOTA; i++) {
            given().header("X-Forwarded-For", "192.0.2." + i + ", " + client).get("/api/v1/office").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "192.0.2.250, " + client).get("/api/v1/office").then().statusCode(429);
        given().header("X-Forwarded-For", "192.0.2.251").header("X-Forwarded-For", client).get("/api/v1/office")
                .then().statusCode(429);
        // The forged address is not charged for what the real client did.
        given().header("X-Forwarded-For", "192.0.2.250").get("/api/v1/office").then().statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(RateLimitProfile.ANONYMOUS_QUOTA - 1));
    }

    @Test
    void aPartnerKeyHasItsOwnQuotaAndARevokedKeyIsRefused() {
        String admin = Tokens.withRoles("ops-admin", Set.of("admin"));
        String id = "rate-test-" + Long.toHexString(System.nanoTime());
        String secret = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Rate test partner", "contact", "partner@example.org",
                        "quotaPerMinute", 3))
                .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("secret");
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", secret).header("X-Forwarded-For", "192.0.2.77").get("/api/v1/themes")
                    .then().statusCode(200).header("RateLimit-Limit", "3");
        }
        given().header("X-API-Key", secret).get("/api/v1/themes").then().statusCode(429);
        // The key's quota is its own: the same address without the key still has the anonymous one.
        given().header("X-Forwarded-For", "192.0.2.77").get("/api/v1/themes").then().statusCode(200)
                .header("RateLimit-Limit", String.valueOf(RateLimitProfile.ANONYMOUS_QUOTA));

        given().auth().oauth2(admin).delete("/api/v1/admin/api-keys/" + id).then().statusCode(204);
        given().header("X-API-Key", secret).get("/api/v1/themes").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("ApiKey"));
        given().header("X-API-Key", "ilo_not-a-key").get("/api/v1/themes").then().statusCode(401);
    }

    @Test
    void replicasShareTheirCounts() throws Exception {
        // Two limiters on one database stand for two replicas; the clock is fixed inside one window, a day
        // ahead of the application's clock, whose syncs drop the windows before its own.
        Clock clock = Clock.fixed(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).plusSeconds(10),
                ZoneOffset.UTC);
        RateLimiter first = new RateLimiter(dataSource, clock, 100, failures.task("rate-limit-sync"));
        RateLimiter second = new RateLimiter(dataSource, clock, 100, failures.task("rate-limit-sync"));
        String client = "shared-" + System.nanoTime();
        for (int i = 0; i < 6; i++) {
            assertTrue(first.acquire(client, 10).allowed());
        }
        first.sync();

        assertEquals(9, second.acquire(client, 10).remaining(), "before syncing, a replica knows only its own count");
        second.sync();
        assertEquals(2, second.acquire(client, 10).remaining(), "after syncing, it counts the other replica's six");
        assertTrue(second.acquire(client, 10).allowed());
        assertTrue(second.acquire(client, 10).allowed());
        assertFalse(second.acquire(client, 10).allowed(), "the shared quota of 10 is used up");

        second.sync();
        first.sync();
        assertFalse(first.acquire(client, 10).allowed(), "and the first replica knows it too");
    }
}
