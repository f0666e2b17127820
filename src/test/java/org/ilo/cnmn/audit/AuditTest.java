package org.ilo.cnmn.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** GET /api/v1/audit: every write with its editor, time, action and the record before and after. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class AuditTest {

    private static final String AUDIT = "/api/v1/audit";
    private static final String PROJECTS = "/api/v1/projects/";
    private static final String RELEASES = "/api/v1/press-releases/";
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private final String subject = "audit-" + UUID.randomUUID().toString().substring(0, 8);
    private final String editor = Tokens.editor(subject);

    @Test
    void listsEveryWriteToAProjectNewestFirstWithTheRecordBeforeAndAfter() {
        String id = uniqueId("audited-project");
        Instant start = Instant.now();
        String created = given().auth().oauth2(editor).contentType(JSON).body(project(id, "Audited project"))
                .post(PROJECTS).then().statusCode(201).extract().header("ETag");
        Map<String, Object> renamed = project(id, "Audited project, renamed");
        String replaced = given().auth().oauth2(editor).header("If-Match", created).contentType(JSON).body(renamed)
                .put(PROJECTS + id).then().statusCode(200).extract().header("ETag");
        String patched = given().auth().oauth2(editor).header("If-Match", replaced).contentType(MERGE_PATCH)
                .body("{\"status\": \"suspended\", \"region\": \"Asia\"}").patch(PROJECTS + id).then()
                .statusCode(200)
                .body("status", equalTo("suspended"))
                .extract().header("ETag");
        given().auth().oauth2(editor).header("If-Match", patched).delete(PROJECTS + id).then().statusCode(204);
        Instant end = Instant.now();

        JsonPath trail = given().auth().oauth2(editor).queryParam("type", "project").queryParam("id", id)
                .get(AUDIT).then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "private, no-cache") // not public data
                .body("items.action", contains("delete", "update", "update", "create"))
                .body("items.type", everyItem(equalTo("project")))
                .body("items.resourceId", everyItem(equalTo(id)))
                .body("items.editor", everyItem(equalTo(subject)))
                .body("page.totalItems", equalTo(4))
                .body("page.nextCursor", nullValue())
                // delete: the record before, nothing after
                .body("items[0].before.title", equalTo("Audited project, renamed"))
                .body("items[0].before.status", equalTo("suspended"))
                .body("items[0].after", nullValue())
                // PATCH: only the patched fields moved
                .body("items[1].before.status", nullValue())
                .body("items[1].after.status", equalTo("suspended"))
                .body("items[1].before.region", nullValue())
                .body("items[1].after.region", equalTo("Asia"))
                .body("items[1].after.title", equalTo("Audited project, renamed"))
                // PUT: the rename
                .body("items[2].before.title", equalTo("Audited project"))
                .body("items[2].after.title", equalTo("Audited project, renamed"))
                // create: nothing before, the written fields after
                .body("items[3].before", nullValue())
                .body("items[3].after.id", equalTo(id))
                .body("items[3].after.title", equalTo("Audited project"))
                .body("items[3].after.summary", equalTo("Written by the audit test."))
                .body("items[3].after.startDate", equalTo("2027-01-01"))
                .body("items[3].after.endDate", equalTo("2028-12-31"))
                .body("items[3].after.countries", contains("MN"))
                .body("items[3].after.themes", contains("employment"))
                .body("items[3].after.partners", contains("monef"))
                .body("items[3].after.funders", hasSize(0))
                .extract().jsonPath();
        List<Long> ids = trail.getList("items.id", Long.class);
        List<Instant> at = trail.getList("items.at", String.class).stream().map(Instant::parse).toList();
        for (int i = 0; i < at.size(); i++) {
            assertFalse(at.get(i).isBefore(start.minusSeconds(1)) || at.get(i).isAfter(end.plusSeconds(1)),
                    "each entry is timed when its write was made: " + at.get(i));
            if (i > 0) {
                assertTrue(ids.get(i) < ids.get(i - 1), "newest first: " + ids);
                assertFalse(at.get(i).isAfter(at.get(i - 1)), "newest first: " + at);
            }
        }
        assertTrue(trail.getList("items.at", String.class).stream().allMatch(s -> s.endsWith("Z")), "UTC");
    }

    @Test
    void listsEveryWriteToAPressRelease() {
        String id = uniqueId("audited-release");
        String created = given().auth().oauth2(editor).contentType(JSON).body(pressRelease(id, "Audited release"))
                .post(RELEASES).then().statusCode(201).extract().header("ETag");
        String replaced = given().auth().oauth2(editor).header("If-Match", created).contentType(JSON)
                .body(pressRelease(id, "Audited release, renamed")).put(RELEASES + id).then().statusCode(200)
                .extract().header("ETag");
        String patched = given().auth().oauth2(editor).header("If-Match", replaced).contentType(MERGE_PATCH)
                .body("{\"image\": {\"credit\": \"© ILO 2027\"}}").patch(RELEASES + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(editor).header("If-Match", patched).delete(RELEASES + id).then().statusCode(204);

        given().auth().oauth2(editor).queryParam("type", "pressRelease").queryParam("id", id).get(AUDIT).then()
                .statusCode(200)
                .body("items.action", contains("delete", "update", "update", "create"))
                .body("items.type", everyItem(equalTo("pressRelease")))
                .body("items.editor", everyItem(equalTo(subject)))
                .body("items[0].before.title", equalTo("Audited release, renamed"))
                .body("items[0].before.image.credit", equalTo("© ILO 2027"))
                .body("items[0].after", nullValue())
                .body("items[1].before.image", nullValue())
                .body("items[1].after.image.credit", equalTo("© ILO 2027"))
                .body("items[2].before.title", equalTo("Audited release"))
                .body("items[2].after.title", equalTo("Audited release, renamed"))
                .body("items[3].before", nullValue())
                .body("items[3].after.title", equalTo("Audited release"))
                .body("items[3].after.publishedOn", equalTo("2027-01-15"))
                .body("items[3].after.themes", contains("employment"));
        // A type selects records of that type only: the project trail knows nothing of this id.
        given().auth().oauth2(editor).queryParam("type", "project").queryParam("id", id).get(AUDIT).then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("page.totalItems", equalTo(0));
    }

    @Test
    void editorSelectsOneEditorsWrites() {
        String other = subject + "-other";
        String id = uniqueId("two-editors");
        String created = given().auth().oauth2(editor).contentType(JSON).body(project(id, "Two editors"))
                .post(PROJECTS).then().statusCode(201).extract().header("ETag");
        String replaced = given().auth().oauth2(Tokens.editor(other)).header("If-Match", created).contentType(JSON)
                .body(project(id, "Two editors, renamed")).put(PROJECTS + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(editor).header("If-Match", replaced).delete(PROJECTS + id).then().statusCode(204);

        given().auth().oauth2(editor).queryParam("type", "project").queryParam("id", id).get(AUDIT).then()
                .statusCode(200)
                .body("items.editor", contains(subject, other, subject));
        given().auth().oauth2(editor).queryParam("editor", other).get(AUDIT).then().statusCode(200)
                .body("items.editor", contains(other))
                .body("items.action", contains("update"))
                .body("items.resourceId", contains(id))
                .body("items[0].after.title", equalTo("Two editors, renamed"));
        given().auth().oauth2(editor).queryParam("editor", subject).queryParam("type", "project")
                .queryParam("id", id).get(AUDIT).then().statusCode(200)
                .body("items.action", contains("delete", "create"))
                .body("page.totalItems", equalTo(2));
        given().auth().oauth2(editor).queryParam("editor", "nobody-" + subject).get(AUDIT).then().statusCode(200)
                .body("items", hasSize(0))
                .body("page.totalItems", equalTo(0));
    }

    @Test
    void pagingWithLimitOneWalksEveryEntryOnce() {
        String id = uniqueId("paged-audit");
        String etag = given().auth().oauth2(editor).contentType(JSON).body(project(id, "Paged 0")).post(PROJECTS)
                .then().statusCode(201).extract().header("ETag");
        for (int i = 1; i <= 3; i++) {
            etag = given().auth().oauth2(editor).header("If-Match", etag).contentType(JSON)
                    .body(project(id, "Paged " + i)).put(PROJECTS + id).then().statusCode(200).extract().header("ETag");
        }
        given().auth().oauth2(editor).header("If-Match", etag).delete(PROJECTS + id).then().statusCode(204);

        List<Long> all = given().auth().oauth2(editor).queryParam("type", "project").queryParam("id", id)
                .get(AUDIT).then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertEquals(5, all.size());

        List<Long> walked = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().auth().oauth2(editor).queryParam("type", "project")
                    .queryParam("id", id).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(AUDIT).then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("page.limit", equalTo(1))
                    .body("page.totalItems", equalTo(5))
                    .extract().response();
            walked.add(page.jsonPath().getLong("items[0].id"));
            titles.add(page.jsonPath().getString("items[0].before.title"));
            cursor = page.jsonPath().getString("page.nextCursor");
            if (cursor != null) {
                assertNotNull(page.header("Link"), "a next page is linked");
                assertTrue(page.header("Link").endsWith("; rel=\"next\""), page.header("Link"));
            } else {
                assertNull(page.header("Link"), "the last page links nowhere");
            }
            assertTrue(walked.size() <= 5, "paging must end");
        } while (cursor != null);
        assertEquals(all, walked);
        assertEquals(List.of("Paged 3", "Paged 2", "Paged 1", "Paged 0"), titles.subList(0, 4));

        // A cursor belongs to its filters.
        String first = given().auth().oauth2(editor).queryParam("type", "project").queryParam("id", id)
                .queryParam("limit", 1).get(AUDIT).then().statusCode(200).extract().path("page.nextCursor");
        given().auth().oauth2(editor).queryParam("editor", subject).queryParam("limit", 1)
                .queryParam("cursor", first).get(AUDIT).then().statusCode(400)
                .body("errors.name", contains("cursor"));
    }

    @Test
    void readingTheTrailNeedsAnEditorsToken() {
        given().get(AUDIT).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("Cache-Control", "no-store")
                .body("type", equalTo("/problems/unauthorized"))
                .body("status", equalTo(401));
        given().auth().oauth2(Tokens.expiredEditor(subject)).get(AUDIT).then().statusCode(401)
                .header("WWW-Authenticate", matchesPattern("Bearer .*error=\"invalid_token\".*"));
        given().auth().oauth2(Tokens.withRoles(subject, Set.of("reader"))).get(AUDIT).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void anUnknownTypeIsA400NamingType() {
        given().auth().oauth2(editor).queryParam("type", "nope").get(AUDIT).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors.name", contains("type"))
                .body("detail", containsString("'type'"));
        given().auth().oauth2(editor).queryParam("limit", 0).get(AUDIT).then().statusCode(400)
                .body("errors.name", contains("limit"));
        given().auth().oauth2(editor).queryParam("since", "yesterday").get(AUDIT).then().statusCode(400)
                .body("errors.name", contains("since"));
    }

    @Test
    void aRefusedWriteLeavesNoEntry() {
        String id = uniqueId("refused-writes");
        String etag = given().auth().oauth2(editor).contentType(JSON).body(project(id, "Refused writes"))
                .post(PROJECTS).then().statusCode(201).extract().header("ETag");
        try {
            Map<String, Object> renamed = project(id, "Refused writes, renamed");
            given().auth().oauth2(editor).header("If-Match", "\"AAAAAAAAAAAAAAAAAAAAAAAA\"").contentType(JSON)
                    .body(renamed).put(PROJECTS + id).then().statusCode(412);
            given().auth().oauth2(editor).contentType(JSON).body(renamed).put(PROJECTS + id).then().statusCode(428);
            Map<String, Object> unknownTheme = project(id, "Refused writes, renamed");
            unknownTheme.put("themes", List.of("no-such-theme"));
            given().auth().oauth2(editor).header("If-Match", etag).contentType(JSON).body(unknownTheme)
                    .put(PROJECTS + id).then().statusCode(422)
                    .body("errors.name", contains("themes[0]"));
            given().auth().oauth2(editor).header("If-Match", etag).contentType(MERGE_PATCH)
                    .body("{\"countries\": [\"ZZ\"]}").patch(PROJECTS + id).then().statusCode(422);
            given().auth().oauth2(editor).header("If-Match", "\"AAAAAAAAAAAAAAAAAAAAAAAA\"").delete(PROJECTS + id)
                    .then().statusCode(412);
            given().auth().oauth2(Tokens.withRoles(subject, Set.of("reader"))).header("If-Match", etag)
                    .delete(PROJECTS + id).then().statusCode(403);

            given().auth().oauth2(editor).queryParam("type", "project").queryParam("id", id).get(AUDIT).then()
                    .statusCode(200)
                    .body("items.action", contains("create"))
                    .body("page.totalItems", equalTo(1));
            given().get(PROJECTS + id).then().statusCode(200)
                    .header("ETag", etag)
                    .body("title", equalTo("Refused writes"));

            // A create that is refused records nothing either.
            String refused = uniqueId("refused-create");
            Map<String, Object> unknownCountry = project(refused, "Refused create");
            unknownCountry.put("countries", List.of("ZZ"));
            given().auth().oauth2(editor).contentType(JSON).body(unknownCountry).post(PROJECTS).then()
                    .statusCode(422)
                    .body("errors.name", contains("countries[0]"));
            given().auth().oauth2(editor).queryParam("type", "project").queryParam("id", refused).get(AUDIT).then()
                    .statusCode(200)
                    .body("page.totalItems", equalTo(0));
        } finally {
            String current = given().get(PROJECTS + id).then().extract().header("ETag");
            given().auth().oauth2(editor).header("If-Match", current).delete(PROJECTS + id).then().statusCode(204);
        }
    }

    // --- helpers ---

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> project(String id, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", title);
        body.put("summary", "Written by the audit test.");
        body.put("startDate", "2027-01-01");
        body.put("endDate", "2028-12-31");
        body.put("countries", List.of("MN"));
        body.put("themes", List.of("employment"));
        body.put("partners", List.of("monef"));
        return body;
    }

    private static Map<String, Object> pressRelease(String id, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", title);
        body.put("publishedOn", "2027-01-15");
        body.put("summary", "Written by the audit test.");
        body.put("countries", List.of("MN"));
        body.put("themes", List.of("employment"));
        return body;
    }
}
