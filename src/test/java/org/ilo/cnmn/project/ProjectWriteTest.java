package org.ilo.cnmn.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.ilo.cnmn.support.RawJson;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Editors create, replace, patch and delete projects; everyone else is refused; bad bodies change nothing. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ProjectWriteTest {

    static final String EDITOR = Tokens.editor("project-editor");

    static Map<String, Object> body(String id, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", title);
        body.put("summary", "A project written by a test.");
        body.put("startDate", "2027-01-01");
        body.put("endDate", "2028-12-31");
        body.put("countries", List.of("MN"));
        body.put("funders", List.of("european-union"));
        body.put("themes", List.of("employment", "informal-economy"));
        body.put("partners", List.of("monef"));
        return body;
    }

    static RequestSpecification asEditor() {
        return given().auth().oauth2(EDITOR).contentType(ContentType.JSON);
    }

    static String newId() {
        return "write-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String etag(String id) {
        return given().get("/api/v1/projects/" + id).then().statusCode(200).extract().header("ETag");
    }

    static void delete(String id) {
        given().auth().oauth2(EDITOR).header("If-Match", etag(id)).delete("/api/v1/projects/" + id)
                .then().statusCode(204);
    }

    @Test
    void createsAProjectWithLocationAndETag() {
        String id = newId();
        Response created = asEditor().body(body(id, "Decent work for herders")).post("/api/v1/projects")
                .then().statusCode(201)
                .header("Location", matchesPattern("http://localhost:\\d+/api/v1/projects/" + id))
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{24}(-gzip)?\""))
                .body("id", equalTo(id))
                .body("status", equalTo("planned"))
                .body("countries.code", contains("MN"))
                .body("funders.id", contains("european-union"))
                .body("themes.id", containsInAnyOrder("employment", "informal-economy"))
                .body("partners.id", contains("monef"))
                .extract().response();
        try {
            given().get(created.header("Location")).then().statusCode(200)
                    .header("ETag", created.header("ETag"))
                    .body("title", equalTo("Decent work for herders"));
        } finally {
            delete(id);
        }
    }

    @Test
    void derivesTheIdFromTheTitleWhenItIsAbsentOrNull() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> withNull = body(null, "Skills for Réfugiés & Migrants (" + suffix + ")");
        Map<String, Object> absent = new LinkedHashMap<>(withNull);
        absent.remove("id");
        String id = asEditor().body(absent).post("/api/v1/projects").then().statusCode(201)
                .extract().path("id");
        try {
            assertEquals("skills-for-refugies-migrants-" + suffix, id);
            String second = asEditor().body(withNull).post("/api/v1/projects").then().statusCode(201)
                    .extract().path("id");
            assertEquals(id + "-2", second);
            delete(second);
        } finally {
            delete(id);
        }
    }

    @Test
    void refusesADuplicateId() {
        asEditor().body(body("score-phase-3-china", "Duplicate")).post("/api/v1/projects")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"));
    }

    @Test
    void replacesWithTheCurrentETagOnly() {
        String id = newId();
        asEditor().body(body(id, "Before")).post("/api/v1/projects").then().statusCode(201);
        try {
            String before = etag(id);
            Response replaced = asEditor().header("If-Match", before).body(body(id, "After"))
                    .put("/api/v1/projects/" + id)
                    .then().statusCode(200).body("title", equalTo("After")).extract().response();
            assertNotEquals(before, replaced.header("ETag"));
            assertEquals(replaced.header("ETag"), etag(id));

            // The old ETag is stale now: 412, and the stored project is unchanged.
            asEditor().header("If-Match", before).body(body(id, "Lost update")).put("/api/v1/projects/" + id)
                    .then().statusCode(412).contentType("application/problem+json")
                    .body("type", equalTo("/problems/precondition-failed"));
            asEditor().body(body(id, "No If-Match")).put("/api/v1/projects/" + id)
                    .then().statusCode(428).body("type", equalTo("/problems/precondition-required"));
            given().get("/api/v1/projects/" + id).then().body("title", equalTo("After"));
        } finally {
            delete(id);
        }
    }

    @Test
    void mergePatchChangesOnlyTheGivenFields() {
        String id = newId();
        asEditor().body(body(id, "Patch me")).post("/api/v1/projects").then().statusCode(201);
        try {
            given().auth().oauth2(EDITOR).header("If-Match", etag(id)).contentType("application/merge-patch+json")
                    .body("{\"status\": \"suspended\", \"summary\": null, \"countries\": [\"CN\", \"MN\"]}")
                    .patch("/api/v1/projects/" + id)
                    .then().statusCode(200)
                    .body("status", equalTo("suspended"))
                    .body("summary", nullValue())
                    .body("countries.code", contains("CN", "MN"))
                    .body("title", equalTo("Patch me"))
                    .body("funders.id", contains("european-union"));
            given().auth().oauth2(EDITOR).header("If-Match", etag(id)).contentType("application/merge-patch+json")
                    .body("{\"colour\": \"red\"}").patch("/api/v1/projects/" + id)
                    .then().statusCode(400).body("errors.name", contains("colour"));
            given().auth().oauth2(EDITOR).header("If-Match", etag(id)).contentType("application/merge-patch+json")
                    .body("{\"title\": null}").patch("/api/v1/projects/" + id)
                    .then().statusCode(400).body("errors.name", contains("title"));
            given().auth().oauth2(EDITOR).header("If-Match", etag(id)).contentType("application/merge-patch+json")
                    .body("{\"id\": \"renamed\"}").patch("/api/v1/projects/" + id)
                    .then().statusCode(400).body("errors.name", contains("id"));
            given().auth().oauth2(EDITOR).header("If-Match", etag(id)).contentType(ContentType.JSON)
                    .body("{\"status\": \"active\"}").patch("/api/v1/projects/" + id)
                    .then().statusCode(415);
        } finally {
            delete(id);
        }
    }

    @Test
    void deleteLeavesATombstoneAndUpdatesCounts() {
        String token = given().queryParam("limit", 1000).get("/api/v1/changes").then().extract().path("nextToken");
        String id = newId();
        int before = given().get("/api/v1/countries/MN").then().extract().path("projectCount");
        asEditor().body(body(id, "Counted")).post("/api/v1/projects").then().statusCode(201);
        given().get("/api/v1/countries/MN").then().body("projectCount", equalTo(before + 1));
        given().queryParam("country", "MN").queryParam("facets", "country").get("/api/v1/projects")
                .then().body("facets.country[0].count", equalTo(before + 1));

        asEditor().header("If-Match", "\"stale\"").delete("/api/v1/projects/" + id).then().statusCode(412);
        given().get("/api/v1/projects/" + id).then().statusCode(200);
        delete(id);

        given().get("/api/v1/projects/" + id).then().statusCode(404);
        given().get("/api/v1/countries/MN").then().body("projectCount", equalTo(before));
        given().queryParam("since", token).get("/api/v1/changes").then().statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }.action", contains("upsert", "delete"));
    }

    @Test
    void unknownReferencesAreUnprocessableAndNamed() {
        Map<String, Object> body = body(newId(), "Unknown links");
        body.put("countries", List.of("MN", "FR"));
        body.put("funders", List.of("no-such-funder"));
        body.put("themes", List.of("no-such-theme"));
        asEditor().body(body).post("/api/v1/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-reference"))
                .body("errors.name", contains("countries[1]", "funders[0]", "themes[0]"));
        given().get("/api/v1/projects/" + body.get("id")).then().statusCode(404);
    }

    @Test
    void invalidBodiesAreBadRequestsNamingEachField() {
        Map<String, Object> body = body("Not A Slug", "");
        body.put("endDate", "2026-12-31");
        body.put("countries", List.of("mongolia"));
        body.put("themes", List.of("a", "b", "c", "d"));
        body.put("translations", Map.of("fr", Map.of("title", "Titre")));
        asEditor().body(body).post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.name", containsInAnyOrder("countries[0]", "id", "themes", "title", "translations[fr]"));
        Map<String, Object> backwards = body(newId(), "Backwards");
        backwards.put("endDate", "2026-12-31");
        asEditor().body(backwards).post("/api/v1/projects")
                .then().statusCode(400).body("errors.name", contains("endDate"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"title\":", "[]", "\"text\"", "{\"title\": 42, \"startDate\": \"soon\"}",
            "{\"title\": \"x\", \"lastUpdated\": \"2026-01-01T00:00:00Z\"}" })
    void unreadableBodiesAreBadRequests(String json) {
        asEditor().body(json).post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-body"))
                .body("detail", not(containsStringIgnoringCase("exception")));
    }

    @Test
    void valuesTheDatabaseCannotStoreAreBadRequestsNamingTheField() {
        Map<String, Object> nul = body(newId(), "Title with a \u0000 inside");
        asEditor().body(nul).post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors[0].name", equalTo("title"))
                .body("errors[0].reason", equalTo("must not contain the character U+0000"));
        given().get("/api/v1/projects/" + nul.get("id")).then().statusCode(404);
        Map<String, Object> farFuture = body(newId(), "Far future");
        farFuture.put("endDate", "+169087565-03-15");
        asEditor().body(farFuture).post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("endDate"))
                .body("errors[0].reason", equalTo("must be a date between 0001-01-01 and 9999-12-31"));
        given().get("/api/v1/projects/" + farFuture.get("id")).then().statusCode(404);
    }

    /** A member, the raw JSON it gets, and the field the 400 names. */
    static Stream<Arguments> uncoercibleValues() {
        return Stream.of(
                Arguments.of("summary", "5", "summary"),
                Arguments.of("title", "true", "title"),
                Arguments.of("summary", "1e999999", "summary"),
                Arguments.of("title", "\"lone \\ud800 surrogate\"", "title"),
                Arguments.of("summary", "\"\\udc00 reversed \\ud800\"", "summary"),
                Arguments.of("countries[0]", "\"M\\udc00\"", "countries[0]"),
                Arguments.of("translations.zh.title", "\"\\ud800\"", "translations.zh.title"),
                Arguments.of("startDate", "20270101", "startDate"),
                Arguments.of("countries", "5", "countries"),
                Arguments.of("themes", "\"employment\"", "themes"),
                Arguments.of("translations", "true", "translations"));
    }

    @ParameterizedTest
    @MethodSource("uncoercibleValues")
    void valuesOfTheWrongTypeOrInvalidUnicodeAreBadRequestsNamingTheField(String member, String raw, String field) {
        String id = newId();
        asEditor().body(RawJson.with(RawJson.hole(body(id, "Created"), member), raw)).post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.name", contains(field));
        given().get("/api/v1/projects/" + id).then().statusCode(404);

        asEditor().body(body(id, "Stored")).post("/api/v1/projects").then().statusCode(201);
        try {
            String stored = etag(id);
            asEditor().header("If-Match", stored).body(RawJson.with(RawJson.hole(body(id, "Replaced"), member), raw))
                    .put("/api/v1/projects/" + id)
                    .then().statusCode(400).body("errors.name", contains(field));
            given().auth().oauth2(EDITOR).header("If-Match", stored).contentType("application/merge-patch+json")
                    .body(RawJson.with(RawJson.hole(Map.of(), member), raw)).patch("/api/v1/projects/" + id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.name", contains(field));
            given().get("/api/v1/projects/" + id).then().statusCode(200).header("ETag", stored)
                    .body("title", equalTo("Stored"));
        } finally {
            delete(id);
        }
    }

    @Test
    void wrongContentTypeAndOversizedBodiesAreRefused() {
        given().auth().oauth2(EDITOR).contentType(ContentType.TEXT).body("title=x").post("/api/v1/projects")
                .then().statusCode(415).contentType("application/problem+json");
        Map<String, Object> huge = body(newId(), "Huge");
        huge.put("summary", "x".repeat(1_100_000));
        asEditor().body(huge).post("/api/v1/projects")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
        given().get("/api/v1/projects/" + huge.get("id")).then().statusCode(404);
    }

    @Test
    void writesNeedAValidEditorToken() {
        Map<String, Object> body = body(newId(), "Unauthorised");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/projects")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        for (String token : List.of(Tokens.expiredEditor("late"), Tokens.editorFromAnotherIssuer("stranger"),
                Tokens.editorSignedByAnotherKey("forger"), "not-a-jwt")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/projects")
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"ilo-cnmn\", error=\"invalid_token\""));
        }
        given().auth().oauth2(Tokens.withRoles("reader", Set.of("reader"))).contentType(ContentType.JSON).body(body)
                .post("/api/v1/projects")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
        given().get("/api/v1/projects/" + body.get("id")).then().statusCode(404);
    }

    @Test
    void rejectsTokensIssuedInTheFuture() {
        Map<String, Object> body = body(newId(), "From the future");
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        for (String token : List.of(Tokens.editorIssuedAt("time-traveller", tomorrow),
                Tokens.editorNotBefore("time-traveller", tomorrow),
                Tokens.editorIssuedAt("time-traveller", Instant.now().plus(Duration.ofMinutes(2))))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/projects")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthorized"))
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"ilo-cnmn\", error=\"invalid_token\""));
        }
        given().get("/api/v1/projects/" + body.get("id")).then().statusCode(404);
    }

    @Test
    void rejectsATokenWithBytesInsertedIntoItsSignature() {
        Map<String, Object> body = body(newId(), "Tampered token");
        String token = Tokens.editor("tamperer");
        int signature = token.lastIndexOf('.') + 5;
        for (String inserted : List.of("!", "=", "*", "\u00e9")) {
            given().auth().oauth2(token.substring(0, signature) + inserted + token.substring(signature))
                    .contentType(ContentType.JSON).body(body).post("/api/v1/projects")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().get("/api/v1/projects/" + body.get("id")).then().statusCode(404);
    }

    @Test
    void refusesABodyWithSomethingAfterItsJsonDocument() {
        Map<String, Object> body = body(newId(), "Trailing tokens");
        asEditor().body(new ObjectMapper().valueToTree(body).toString() + "{}").post("/api/v1/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-body"));
        given().get("/api/v1/projects/" + body.get("id")).then().statusCode(404);
    }

    @Test
    void acceptsTokensIssuedWithinTheClockSkew() {
        String id = newId();
        given().auth().oauth2(Tokens.editorIssuedAt("slightly-fast", Instant.now().plusSeconds(30)))
                .contentType(ContentType.JSON).body(body(id, "Within the skew")).post("/api/v1/projects")
                .then().statusCode(201);
        delete(id);
    }

    @Test
    void readsStayPublicEvenWithABadToken() {
        given().auth().oauth2("not-a-jwt").get("/api/v1/projects/score-phase-3-china").then().statusCode(200);
        given().get("/api/v1/projects?limit=1").then().statusCode(200);
    }

    @Test
    void aClientThatAcceptsOnlyProblemsCanWriteAndDelete() {
        String id = newId();
        asEditor().accept("application/problem+json").body(body(id, "Accepts problems")).post("/api/v1/projects")
                .then().statusCode(201);
        given().auth().oauth2(EDITOR).accept("application/problem+json").header("If-Match", "\"stale\"")
                .delete("/api/v1/projects/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(EDITOR).accept("application/problem+json").header("If-Match", etag(id))
                .delete("/api/v1/projects/" + id)
                .then().statusCode(204);
        given().auth().oauth2(EDITOR).accept("application/problem+json").header("If-Match", "*")
                .delete("/api/v1/projects/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDeleteIsNeverRefusedForItsAcceptHeader() {
        String id = newId();
        asEditor().body(body(id, "Deleted whatever it accepts")).post("/api/v1/projects").then().statusCode(201);
        given().auth().oauth2(EDITOR).accept("text/html").header("If-Match", etag(id))
                .delete("/api/v1/projects/" + id).then().statusCode(204);
        given().auth().oauth2(EDITOR).accept("text/html").header("If-Match", "*")
                .delete("/api/v1/projects/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMalformedAcceptHeaderIsDisregarded() {
        String id = newId();
        asEditor().header("Accept", "100").body(body(id, "Malformed Accept")).post("/api/v1/projects")
                .then().statusCode(201).contentType(ContentType.JSON);
        given().header("Accept", ";;/").get("/api/v1/projects/" + id).then().statusCode(200).contentType(ContentType.JSON);
        given().auth().oauth2(EDITOR).header("Accept", "100").header("If-Match", etag(id))
                .delete("/api/v1/projects/" + id).then().statusCode(204);
    }

    @Test
    void writesToAMissingProjectAreNotFound() {
        asEditor().header("If-Match", "*").body(body("no-such-project", "x")).put("/api/v1/projects/no-such-project")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(EDITOR).header("If-Match", "*").delete("/api/v1/projects/no-such-project")
                .then().statusCode(404);
    }
}
