package org.ilo.cnmn.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ilo.cnmn.support.RawHttp;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** What the HTTP layer answers to requests it cannot parse, and what they do to the metrics. */
@QuarkusTest
class MalformedRequestTest {

    private static final Pattern URI_LABEL = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");

    private static void assertProblem(RawHttp.Response response, String what) throws IOException {
        assertEquals(400, response.status(), what + ": " + response);
        assertEquals("application/problem+json", response.header("Content-Type"), what + ": " + response);
        assertNotNull(response.header("X-Request-Id"), what + ": " + response);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what + ": " + response);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertEquals("/problems/bad-request", body.path("type").asText(), what + ": " + response);
        assertEquals(400, body.path("status").asInt(), what + ": " + response);
        assertTrue(body.path("title").isTextual() && body.path("detail").isTextual(), what + ": " + response);
    }

    @Test
    void answersAMalformedTargetWithAProblem() throws IOException {
        assertProblem(RawHttp.send("GET /api/v1/projects/%zz1 HTTP/1.1"), "bad percent-encoding");
        assertProblem(RawHttp.send("GET /nope|marker HTTP/1.1"), "a character not allowed in a path");
        assertProblem(RawHttp.send("GET /api/v1/projects?q=a%zz HTTP/1.1"), "bad percent-encoding in the query");
    }

    @Test
    void chargesMalformedRequestsToTheClientsQuota() throws IOException {
        RawHttp.Response response = RawHttp.send("GET /api/v1/projects/%zz1 HTTP/1.1");
        assertNotNull(response.header("RateLimit-Remaining"), response.toString());
    }

    @Test
    void keepsTheUriLabelsBoundedWhateverTargetsClientsSend() throws IOException {
        Set<String> before = uriLabels();
        for (int i = 0; i < 100; i++) {
            RawHttp.send("GET /nope|marker-" + i + " HTTP/1.1");
            RawHttp.send("GET /api/v1/projects/%zz" + i + " HTTP/1.1");
            given().noFilters().get("/no-such-page-" + i).then().statusCode(404);
        }
        given().get("/api/v1/themes").then().statusCode(200);
        Set<String> after = uriLabels();
        after.removeAll(before);
        assertThat("new uri labels: " + after, after.size(), lessThanOrEqualTo(4));
        assertThat(metrics(), containsString("uri=\"/api/v1/themes\""));
    }

    private static String metrics() {
        return given().noFilters().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static Set<String> uriLabels() {
        Set<String> labels = new TreeSet<>();
        Matcher m = URI_LABEL.matcher(metrics());
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }
}
