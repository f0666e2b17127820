package org.ilo.cnmn.platform.caching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.ilo.cnmn.support.TestData;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** ETag, Last-Modified, Cache-Control and 304s on every kind of GET. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ConditionalRequestTest {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    @Inject
    TestData data;

    @Inject
    SessionFactory sessions;

    @Inject
    DataVersion dataVersion;

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        // java.net.http sends no Accept-Encoding of its own and never decompresses: the bytes are the ones served.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/projects/score-phase-3-china", "/api/v1/projects?country=MN" })
    void gzipAndIdentityBytesHaveTheirOwnStrongETagAndBothRevalidate(String path) throws Exception {
        HttpResponse<byte[]> identity = get(path);
        HttpResponse<byte[]> gzip = get(path, "Accept-Encoding", "gzip");
        assertEquals(200, identity.statusCode());
        assertEquals(200, gzip.statusCode());
        assertTrue(identity.headers().firstValue("Content-Encoding").filter(c -> !c.equals("identity")).isEmpty());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        String identityTag = identity.headers().firstValue("ETag").orElseThrow();
        String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(identityTag, gzipTag);
        assertTrue(!identityTag.startsWith("W/") && !gzipTag.startsWith("W/"), identityTag + " " + gzipTag);
        for (HttpResponse<byte[]> r : List.of(identity, gzip)) {
            assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"), r.headers().toString());
        }
        // Twice each: the second 304 comes from the validator cache, before the resource runs.
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> plain304 = get(path, "If-None-Match", identityTag);
            assertEquals(304, plain304.statusCode());
            assertEquals(identityTag, plain304.headers().firstValue("ETag").orElse(null));
            assertTrue(plain304.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
            HttpResponse<byte[]> gzip304 = get(path, "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
            assertEquals(304, gzip304.statusCode());
            assertEquals(gzipTag, gzip304.headers().firstValue("ETag").orElse(null));
            assertTrue(gzip304.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        }
        // A gzip client's stored tag does not validate identity bytes, nor the reverse.
        assertEquals(200, get(path, "If-None-Match", gzipTag).statusCode());
        assertEquals(200, get(path, "Accept-Encoding", "gzip", "If-None-Match", identityTag).statusCode());
        assertEquals(get(path, "Accept-Encoding", "deflate").headers().firstValue("Content-Encoding").orElse(null),
                "deflate");
        assertTrue(get(path, "Accept-Encoding", "deflate").headers().firstValue("ETag").orElseThrow().endsWith("-deflate\""));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/projects?country=MN", "/api/v1/projects/score-phase-3-china",
            "/api/v1/press-releases?year=2017", "/api/v1/press-releases/global-care-crisis", "/api/v1/office",
            "/api/v1/countries", "/api/v1/themes/social-protection", "/api/v1/funders", "/api/v1/search?q=labour",
            "/api/v1/changes?limit=5", "/api/v1/exports/projects.csv", "/api/v1/exports/press-releases.ndjson",
            "/api/v1/exports/iati-activities.xml?country=MN", "/api/v1/feeds/press-releases.atom" })
    void everyGetSendsValidatorsAndAnswersConditionalRequestsWith304(String url) {
        Response first = given().get(url).then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{24}(-gzip)?\""))
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", notNullValue())
                .extract().response();
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        ZonedDateTime.parse(lastModified, HTTP_DATE);

        given().header("If-None-Match", etag).get(url).then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "W/" + etag + ", \"other\"").get(url).then().statusCode(304);
        given().header("If-None-Match", "*").get(url).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get(url).then().statusCode(200);
        given().header("If-Modified-Since", lastModified).get(url).then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").get(url).then().statusCode(200);
        given().header("If-Modified-Since", "not a date").get(url).then().statusCode(200);
        // If-None-Match decides when both are present (RFC 9110 13.2.2).
        given().header("If-None-Match", "\"something-else\"").header("If-Modified-Since", lastModified).get(url)
                .then().statusCode(200);
    }

    @Test
    void publicReadsMayBeCachedBrieflyAndRevalidatedInTheBackground() {
        given().get("/api/v1/projects").then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
                .header("Vary", "Accept, Accept-Language, Accept-Encoding");
        given().get("/api/v1/changes").then().statusCode(200).header("Cache-Control", "no-cache");
        given().get("/api/v1/projects/no-such-project").then().statusCode(404).header("Cache-Control", "no-store");
    }

    @Test
    void aNotModifiedAnswerRunsNoQuery() {
        String url = "/api/v1/projects?country=CN&limit=3";
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");
        // The validator cache answers only while the change channel is proven live (ChannelFreshness); on a loaded
        // machine a late heartbeat makes a request query, rightly, so such a round proves nothing and is repeated.
        for (int round = 0; round < 10; round++) {
            long statements = sessions.getStatistics().getPrepareStatementCount();
            boolean live = dataVersion.current().isPresent();
            for (int i = 0; i < 5; i++) {
                given().header("If-None-Match", etag).get(url).then().statusCode(304);
                live &= dataVersion.current().isPresent();
            }
            if (live) {
                assertEquals(statements, sessions.getStatistics().getPrepareStatementCount(),
                        "a 304 for unchanged data must not touch the database");
                return;
            }
        }
        throw new AssertionError("the change channel never stayed live for five requests");
    }

    @Test
    void validatorsChangeWhenWhatTheResponseShowsChangesAndOnlyThen() {
        String id = "etag-test-" + UUID.randomUUID().toString().substring(0, 8);
        data.createProject(id, "ETag test project", "Before the edit.", LocalDate.of(2030, 1, 1),
                LocalDate.of(2031, 1, 1), List.of("CN"));
        try {
            String one = "/api/v1/projects/" + id;
            String list = "/api/v1/projects?country=CN&sort=-startDate&limit=1";
            String unrelated = "/api/v1/projects?country=MN";
            Response before = given().get(one).then().statusCode(200).extract().response();
            String listBefore = given().get(list).then().statusCode(200).extract().header("ETag");
            String unrelatedBefore = given().get(unrelated).then().statusCode(200).extract().header("ETag");
            assertEquals(before.header("ETag"), given().get(one).then().extract().header("ETag"));
            given().header("If-None-Match", before.header("ETag")).get(one).then().statusCode(304);

            data.retitleProject(id, "ETag test project, edited");

            Response after = given().header("If-None-Match", before.header("ETag")).get(one).then().statusCode(200)
                    .body("title", equalTo("ETag test project, edited"))
                    .extract().response();
            assertNotEquals(before.header("ETag"), after.header("ETag"));
            Instant lastUpdated = Instant.parse(after.path("lastUpdated"));
            assertEquals(lastUpdated.truncatedTo(ChronoUnit.SECONDS),
                    ZonedDateTime.parse(after.header("Last-Modified"), HTTP_DATE).toInstant());
            given().header("If-None-Match", listBefore).get(list).then().statusCode(200)
                    .header("ETag", not(equalTo(listBefore)));
            // The Mongolia list does not show the project: its representation, and so its ETag, is unchanged.
            given().header("If-None-Match", unrelatedBefore).get(unrelated).then().statusCode(304);
        } finally {
            data.deleteProject(id);
        }
    }

    @Test
    void lastModifiedOfAResourceIsItsLastUpdate() {
        Response r = given().get("/api/v1/press-releases/global-care-crisis").then().statusCode(200).extract().response();
        Instant lastUpdated = Instant.parse(r.path("lastUpdated"));
        String lastModified = r.header("Last-Modified");
        // IMF-fixdate (RFC 9110): a two-digit day, which Java's RFC 1123 formatter does not write before the 10th
        assertTrue(lastModified.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), lastModified);
        assertEquals(lastUpdated.truncatedTo(ChronoUnit.SECONDS), ZonedDateTime.parse(lastModified, HTTP_DATE).toInstant());
    }
}
