package org.ilo.cnmn.pressrelease;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ilo.cnmn.support.RawJson;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Editors write press releases; the projects they are about show the change at once. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class PressReleaseWriteTest {

    static final String EDITOR = Tokens.editor("press-editor");

    static RequestSpecification asEditor() {
        return given().auth().oauth2(EDITOR).contentType(ContentType.JSON);
    }

    static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> release(String id, String title, List<String> projects) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", title);
        body.put("publishedOn", "2027-02-01");
        body.put("summary", "Written by a test.");
        body.put("image", Map.of("credit", "© ILO/Test 2027"));
        body.put("countries", List.of("MN"));
        body.put("themes", List.of("employment"));
        body.put("relatedProjects", projects);
        return body;
    }

    @Test
    void linkingAReleaseChangesTheProjectItIsAbout() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String project = "pr-link-project-" + suffix;
        String release = "pr-link-release-" + suffix;
        asEditor().body(Map.of("id", project, "title", "Linked project", "startDate", "2027-01-01",
                "endDate", "2027-12-31", "themes", List.of("employment"))).post("/api/v1/projects")
                .then().statusCode(201);
        String projectPath = "/api/v1/projects/" + project;
        String releasePath = "/api/v1/press-releases/" + release;
        try {
            String projectBefore = etag(projectPath);
            String changes = given().queryParam("limit", 1000).get("/api/v1/changes").then().extract().path("nextToken");

            asEditor().body(release(release, "Launch of the linked project", List.of(project)))
                    .post("/api/v1/press-releases")
                    .then().statusCode(201)
                    .header("Location", matchesPattern(".*/api/v1/press-releases/" + release))
                    .body("image.credit", equalTo("© ILO/Test 2027"))
                    .body("relatedProjects.id", contains(project));
            given().header("If-None-Match", projectBefore).get(projectPath).then().statusCode(200)
                    .body("relatedPressReleases.id", contains(release))
                    .body("relatedPressReleases[0].title", equalTo("Launch of the linked project"));
            given().queryParam("since", changes).get("/api/v1/changes").then()
                    .body("items.findAll { it.id == '" + project + "' }.action", contains("upsert"));

            // Renaming the release renames it in the project's list too.
            asEditor().header("If-Match", etag(releasePath))
                    .body(release(release, "Renamed launch", List.of(project))).put(releasePath)
                    .then().statusCode(200).body("title", equalTo("Renamed launch"));
            given().get(projectPath).then().body("relatedPressReleases[0].title", equalTo("Renamed launch"));

            // Unlinking by merge patch removes it from the project.
            String linked = etag(projectPath);
            given().auth().oauth2(EDITOR).header("If-Match", etag(releasePath))
                    .contentType("application/merge-patch+json").body("{\"relatedProjects\": [], \"image\": null}")
                    .patch(releasePath)
                    .then().statusCode(200).body("relatedProjects", empty()).body("image", nullValue());
            given().get(projectPath).then().body("relatedPressReleases", empty())
                    .header("ETag", not(equalTo(linked)));
        } finally {
            given().auth().oauth2(EDITOR).header("If-Match", etag(releasePath)).delete(releasePath)
                    .then().statusCode(204);
            given().auth().oauth2(EDITOR).header("If-Match", etag(projectPath)).delete(projectPath)
                    .then().statusCode(204);
        }
    }

    @Test
    void deletingAReleaseRemovesItFromItsProjectsAndLeavesATombstone() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String project = "pr-del-project-" + suffix;
        String release = "pr-del-release-" + suffix;
        asEditor().body(Map.of("id", project, "title", "Project losing a release", "startDate", "2027-01-01",
                "endDate", "2027-12-31", "themes", List.of("employment"))).post("/api/v1/projects")
                .then().statusCode(201);
        asEditor().body(release(release, "Soon gone", List.of(project))).post("/api/v1/press-releases")
                .then().statusCode(201);
        String token = given().queryParam("limit", 1000).get("/api/v1/changes").then().extract().path("nextToken");
        String before = etag("/api/v1/projects/" + project);

        given().auth().oauth2(EDITOR).header("If-Match", etag("/api/v1/press-releases/" + release))
                .delete("/api/v1/press-releases/" + release).then().statusCode(204);

        given().get("/api/v1/press-releases/" + release).then().statusCode(404);
        String after = given().get("/api/v1/projects/" + project).then().body("relatedPressReleases", empty())
                .extract().header("ETag");
        assertNotEquals(before, after);
        given().queryParam("since", token).get("/api/v1/changes").then()
                .body("items.id", contains(project, release))
                .body("items.action", contains("upsert", "delete"));
        given().auth().oauth2(EDITOR).header("If-Match", after).delete("/api/v1/projects/" + project)
                .then().statusCode(204);
    }

    @Test
    void aReleaseAboutAnUnknownProjectIsUnprocessable() {
        asEditor().body(release("pr-unknown-" + UUID.randomUUID().toString().substring(0, 8), "Orphan",
                List.of("no-such-project"))).post("/api/v1/press-releases")
                .then().statusCode(422).body("errors.name", contains("relatedProjects[0]"));
    }

    @Test
    void aReleaseNeedsATitleADateAndOneToThreeThemes() {
        Map<String, Object> body = release("pr-invalid", " ", List.of());
        body.remove("publishedOn");
        body.put("themes", List.of());
        body.put("image", Map.of("credit", ""));
        asEditor().body(body).post("/api/v1/press-releases")
                .then().statusCode(400)
                .body("errors.name", contains("image.credit", "publishedOn", "themes", "title"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "summary            | 5                 | summary",
            "title              | false             | title",
            "image.credit       | 1e999999          | image.credit",
            "image              | 5                 | image",
            "relatedProjects    | \"score-phase-3-china\" | relatedProjects",
            "translations.mn.summary | \"\\udfff\"    | translations.mn.summary",
            "publishedOn        | 17000             | publishedOn" })
    void valuesOfTheWrongTypeOrInvalidUnicodeAreBadRequestsNamingTheField(String member, String raw, String field) {
        String id = "pr-coerced-" + UUID.randomUUID().toString().substring(0, 8);
        asEditor().body(RawJson.with(RawJson.hole(release(id, "Created", List.of()), member), raw))
                .post("/api/v1/press-releases")
                .then().statusCode(400).contentType("application/problem+json").body("errors.name", contains(field));
        given().get("/api/v1/press-releases/" + id).then().statusCode(404);
        String path = "/api/v1/press-releases/global-care-crisis";
        String stored = etag(path);
        asEditor().header("If-Match", stored)
                .body(RawJson.with(RawJson.hole(release("global-care-crisis", "Replaced", List.of()), member), raw))
                .put(path).then().statusCode(400).body("errors.name", contains(field));
        given().auth().oauth2(EDITOR).header("If-Match", stored).contentType("application/merge-patch+json")
                .body(RawJson.with(RawJson.hole(Map.of(), member), raw)).patch(path)
                .then().statusCode(400).body("errors.name", contains(field));
        given().get(path).then().statusCode(200).header("ETag", stored);
    }

    @Test
    void writingNeedsTheEditorRoleAndTheCurrentETag() {
        String path = "/api/v1/press-releases/global-care-crisis";
        given().contentType(ContentType.JSON).body(release("global-care-crisis", "x", List.of())).put(path)
                .then().statusCode(401);
        given().auth().oauth2(Tokens.withRoles("viewer", java.util.Set.of("viewer"))).header("If-Match", etag(path))
                .delete(path).then().statusCode(403);
        asEditor().body(release("global-care-crisis", "x", List.of())).put(path).then().statusCode(428);
        asEditor().header("If-Match", "W/" + etag(path)).body(release("global-care-crisis", "x", List.of())).put(path)
                .then().statusCode(412);
        given().get(path).then().body("title", equalTo("ILO calls for urgent action to prevent looming global care crisis"));
    }
}
