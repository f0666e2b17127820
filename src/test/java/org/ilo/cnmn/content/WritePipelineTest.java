package org.ilo.cnmn.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ilo.cnmn.support.ChangeTokens;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The write pipeline's order: a write refused after its row is locked (a stale If-Match, a link to
 * nothing) leaves no trace: no audit entry, no change feed entry, no linked item touched.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class WritePipelineTest {

    private static final String PROJECTS = "/api/v1/projects/";
    private static final String RELEASES = "/api/v1/press-releases/";
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private final String editor = Tokens.editor("pipeline-" + UUID.randomUUID().toString().substring(0, 8));

    @Test
    void aWriteRefusedAfterTheLockRecordsNothing() {
        String id = "pipeline-" + UUID.randomUUID().toString().substring(0, 8);
        String etag = given().auth().oauth2(editor).contentType(JSON).body(project(id, List.of("MN")))
                .post(PROJECTS).then().statusCode(201).extract().header("ETag");
        String token = ChangeTokens.latest();

        given().auth().oauth2(editor).header("If-Match", etag).contentType(JSON).body(project(id, List.of("ZZ")))
                .put(PROJECTS + id).then().statusCode(422)
                .body("errors.name", contains("countries[0]"));
        given().auth().oauth2(editor).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"funders\": [\"no-such-funder\"], \"title\": \"Not stored\"}").patch(PROJECTS + id).then()
                .statusCode(422)
                .body("errors.name", contains("funders[0]"));
        given().auth().oauth2(editor).header("If-Match", "\"stale\"").delete(PROJECTS + id).then().statusCode(412);

        assertNothingRecordedSince(token, "project", id, 1);
        given().get(PROJECTS + id).then().statusCode(200).header("ETag", etag).body("title", equalTo("Pipeline"));
    }

    @Test
    void aRefusedPressReleaseLeavesTheProjectsItWouldLinkUntouched() {
        String project = "pipeline-" + UUID.randomUUID().toString().substring(0, 8);
        String release = project + "-release";
        String projectEtag = given().auth().oauth2(editor).contentType(JSON).body(project(project, List.of("MN")))
                .post(PROJECTS).then().statusCode(201).extract().header("ETag");
        String token = ChangeTokens.latest();

        given().auth().oauth2(editor).contentType(JSON)
                .body(pressRelease(release, List.of(project, "no-such-project"))).post(RELEASES).then()
                .statusCode(422)
                .body("errors.name", contains("relatedProjects[1]"));

        assertNothingRecordedSince(token, "pressRelease", release, 0);
        given().get(PROJECTS + project).then().statusCode(200).header("ETag", projectEtag)
                .body("relatedPressReleases", empty());
    }

    private void assertNothingRecordedSince(String token, String type, String id, int auditEntries) {
        given().queryParam("since", token).get("/api/v1/changes").then().statusCode(200)
                .body("items", empty());
        JsonPath trail = given().auth().oauth2(editor).queryParam("type", type).queryParam("id", id)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(auditEntries, trail.getInt("page.totalItems"));
    }

    private static Map<String, Object> project(String id, List<String> countries) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", "Pipeline");
        body.put("startDate", "2027-01-01");
        body.put("endDate", "2028-12-31");
        body.put("countries", countries);
        body.put("themes", List.of("employment"));
        return body;
    }

    private static Map<String, Object> pressRelease(String id, List<String> projects) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", "Pipeline release");
        body.put("publishedOn", "2027-01-15");
        body.put("themes", List.of("employment"));
        body.put("relatedProjects", projects);
        return body;
    }
}
