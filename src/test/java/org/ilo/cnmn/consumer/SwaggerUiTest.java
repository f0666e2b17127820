package org.ilo.cnmn.consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ilo.cnmn.support.NodeScripts;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Swagger UI as a visitor uses it: in headless Chromium, every GET operation is tried with the
 * defaults the contract fills in, and each must answer 2xx, with the lists as long as the seed makes
 * them (src/test/node/swagger-ui.mjs does the clicking).
 */
@QuarkusTest
@TestProfile(WritesProfile.class) // it registers the partner key that the key operations' examples name
class SwaggerUiTest {

    // 90 to 140 s measured while six builds shared the 2 cores (load 20); bounded so a hung browser cannot stall the build
    private static final Duration TIMEOUT = Duration.ofSeconds(240);
    private static final String TOKEN = Tokens.withRoles("swagger-ui-visitor", Set.of("admin", "editor"));

    /** At least this many items on the first page: the seed's size, capped by the default page size. */
    private static final Map<String, Integer> SEED_ITEMS = Map.ofEntries(
            Map.entry("listProjects", 10), Map.entry("listPressReleases", 20),
            Map.entry("listCountries", 2), Map.entry("listFunders", 2), Map.entry("listThemes", 11),
            Map.entry("listChanges", 10), Map.entry("listApiKeys", 1),
            Map.entry("exportProjectsCsv", 10), Map.entry("exportProjectsNdjson", 10),
            Map.entry("exportIatiActivities", 10), Map.entry("exportPressReleasesCsv", 20),
            Map.entry("exportPressReleasesNdjson", 20), Map.entry("pressReleasesFeed", 20));

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyGetOperationAnswers2xxWithItsDefaults() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            fail("Chromium is needed for the Swagger UI test but " + chromium + " is missing: install it with "
                    + "`apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary");
        }
        registerExamplePartnerKey();
        NodeScripts.install();
        String minItems = new TreeMap<>(SEED_ITEMS).entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
        NodeScripts.run(TIMEOUT, Map.of("CHROMIUM_PATH", chromium.toString(), "SWAGGER_UI_BEARER", TOKEN),
                "node", "swagger-ui.mjs", base.toString(), minItems);
    }

    /** The key of ApiKeyWrite's example, so that GET /api/v1/admin/api-keys/{id} finds its example id. */
    private static void registerExamplePartnerKey() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body(Map.of("id", "iati-datastore", "name", "IATI Datastore", "contact", "support@iatistandard.org"))
                .post("/api/v1/admin/api-keys")
                .then().statusCode(anyOf(is(201), is(409)));
    }
}
