package org.ilo.cnmn.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.ilo.cnmn.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;

/** Request ids, security headers, CORS and compression on every answer. */
@QuarkusTest
class HttpHygieneTest {

    @Test
    void listensOnTheLoopbackAddressOnly() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            assertTrue(socket.isConnected());
        }
        // Another loopback address reaches a socket bound to all interfaces, not one bound to 127.0.0.1.
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.2", RestAssured.port).close());
    }

    @Test
    void echoesAWellFormedRequestIdAndReplacesOthers() {
        given().header("X-Request-Id", "partner-sync.2026-11-23:0001").get("/api/v1/office")
                .then().statusCode(200).header("X-Request-Id", "partner-sync.2026-11-23:0001");
        given().header("X-Request-Id", "bad id with spaces\u00e9").get("/api/v1/office")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().get("/api/v1/projects/no-such-project")
                .then().statusCode(404).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void sendsSecurityHeadersWithACspThatStillLetsSwaggerUiWork() {
        given().get("/api/v1/projects").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Strict-Transport-Security", nullValue());
        given().noFilters().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void letsAnyOriginRead() {
        given().header("Origin", "https://frontend.example").get("/api/v1/projects?limit=1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
        given().noFilters().header("Origin", "https://frontend.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/projects").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD")
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
    }

    @Test
    void letsOnlyConfiguredOriginsWrite() {
        given().noFilters().header("Origin", "https://editors.ilo.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/projects").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://editors.ilo.example")
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        given().noFilters().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/projects").then().statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").auth().oauth2(Tokens.editor("cors"))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "From a foreign page", "startDate", "2027-01-01", "endDate", "2027-02-01",
                        "themes", List.of("employment")))
                .post("/api/v1/projects").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void compressesTextWhenTheClientAsks() {
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        for (String url : List.of("/api/v1/projects", "/api/v1/exports/projects.csv", "/api/v1/exports/projects.ndjson",
                "/api/v1/feeds/press-releases.atom", "/api/v1/exports/iati-activities.xml")) {
            given().noFilters().config(raw).header("Accept-Encoding", "gzip").get(url).then().statusCode(200)
                    .header("Content-Encoding", "gzip");
        }
        given().noFilters().config(raw).get("/api/v1/projects").then().statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void trustsProxiesByAddressBlockNeverByHostName() {
        // Quarkus resolves any entry that is not a CIDR block by DNS on the request path: with an unreachable
        // resolver every few requests stalled for its 5 s timeout.
        List<String> proxies = ConfigProvider.getConfig().getValues("quarkus.http.proxy.trusted-proxies", String.class);
        assertFalse(proxies.isEmpty());
        for (String proxy : proxies) {
            assertTrue(proxy.matches("[0-9a-fA-F.:]+/[0-9]{1,3}"), proxy + " is not a CIDR block");
        }
    }
}
