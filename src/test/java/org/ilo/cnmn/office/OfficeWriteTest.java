package org.ilo.cnmn.office;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ilo.cnmn.support.RawJson;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** PUT /api/v1/office: editors replace the profile, translations included; everything else is refused. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class OfficeWriteTest {

    private static final String OFFICE = "/api/v1/office";
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String ZH_NAME = "国际劳工组织中国和蒙古局";
    private static final String ZH_ABOUT = "国际劳工组织中国和蒙古局的项目促进并支持国际劳工组织的体面劳动议程。";

    // A subject of its own, so that this class finds its audit entries among everyone else's.
    private final String subject = "office-editor-" + UUID.randomUUID().toString().substring(0, 8);
    private final String editor = Tokens.editor(subject);

    @Test
    void anEditorReplacesTheProfileAndTranslationsFollowTheEnglishListsByPosition() {
        Response original = given().get(OFFICE).then().statusCode(200).extract().response();
        Map<String, Object> english = original.jsonPath().getMap("");
        try {
            Map<String, Object> body = writeBody(english);
            Map<String, Object> zh = officeTranslation();
            zh.put("name", ZH_NAME);
            zh.put("about", List.of(ZH_ABOUT)); // only the first paragraph
            // Shorter lists than the English ones: the elements after them stay English.
            Map<String, Object> mn = officeTranslation();
            mn.put("constituents", List.of("Холбогдох яамд", "Ажилчдын байгууллагууд"));
            Map<String, Object> framework = new HashMap<>();
            framework.put("name", "НҮБ-ын Хөгжлийн туслалцааны хүрээ");
            framework.put("summary", null);
            framework.put("priorityAreas", List.of("Ядуурлыг бууруулах"));
            mn.put("unFrameworks", List.of(framework));
            mn.put("directorRole", "Захирал");
            body.put("translations", Map.of("zh", zh, "mn", mn));

            Response written = given().auth().oauth2(editor).header("If-Match", original.header("ETag"))
                    .contentType(JSON).body(body).put(OFFICE).then().statusCode(200)
                    .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{24}(-gzip)?\""))
                    .header("Content-Language", "en")
                    // the answer is the profile as stored, in English
                    .body("name", equalTo(english.get("name")))
                    .body("about", equalTo(english.get("about")))
                    .body("translations.zh.name", equalTo(ZH_NAME))
                    .body("translations.zh.about", contains(ZH_ABOUT))
                    .body("translations.mn.constituents", hasSize(2))
                    .extract().response();
            assertNotEquals(original.header("ETag"), written.header("ETag"));
            given().get(OFFICE).then().statusCode(200).header("ETag", written.header("ETag"));

            List<String> about = castList(english.get("about"));
            given().queryParam("lang", "zh").get(OFFICE).then().statusCode(200)
                    .header("Content-Language", "zh")
                    .body("name", equalTo(ZH_NAME))
                    .body("about", hasSize(about.size()))
                    .body("about[0]", equalTo(ZH_ABOUT))
                    .body("about[1]", equalTo(about.get(1)))
                    .body("about[4]", equalTo(about.get(4)))
                    .body("focusAreas", equalTo(english.get("focusAreas")))
                    .body("director", equalTo(english.get("director")));
            List<String> constituents = castList(english.get("constituents"));
            List<String> priorities = castList(path(english, "unFrameworks[0]", "priorityAreas"));
            given().header("Accept-Language", "mn, en;q=0.1").get(OFFICE).then().statusCode(200)
                    .header("Content-Language", "mn")
                    .body("name", equalTo(english.get("name")))
                    .body("about", equalTo(english.get("about")))
                    .body("constituents", contains("Холбогдох яамд", "Ажилчдын байгууллагууд", constituents.get(2)))
                    .body("unFrameworks[0].country.code", equalTo("CN"))
                    .body("unFrameworks[0].name", equalTo("НҮБ-ын Хөгжлийн туслалцааны хүрээ"))
                    .body("unFrameworks[0].summary", equalTo(path(english, "unFrameworks[0]", "summary")))
                    .body("unFrameworks[0].priorityAreas", contains("Ядуурлыг бууруулах",
                            priorities.get(1), priorities.get(2)))
                    .body("unFrameworks[1]", equalTo(path(english, "unFrameworks[1]")))
                    .body("director.role", equalTo("Захирал"))
                    .body("director.name", equalTo(path(english, "director", "name")));
            given().get(OFFICE).then().statusCode(200)
                    .header("Content-Language", "en")
                    .body("name", equalTo(english.get("name")))
                    .body("about", equalTo(english.get("about")));

            // The audit trail has the write, with the profile before and after.
            given().auth().oauth2(editor).queryParam("type", "office").queryParam("editor", subject)
                    .queryParam("limit", 1).get("/api/v1/audit").then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].type", equalTo("office"))
                    .body("items[0].action", equalTo("update"))
                    .body("items[0].editor", equalTo(subject))
                    .body("items[0].resourceId", equalTo("cn-mn"))
                    .body("items[0].before.name", equalTo(english.get("name")))
                    .body("items[0].before.translations", equalTo(english.get("translations")))
                    .body("items[0].after.name", equalTo(english.get("name")))
                    .body("items[0].after.about", equalTo(english.get("about")))
                    .body("items[0].after.translations.zh.name", equalTo(ZH_NAME))
                    .body("items[0].after.translations.zh.about", contains(ZH_ABOUT))
                    .body("items[0].after.director.source", equalTo(path(english, "director", "source", "id")));
        } finally {
            restore(english);
        }
    }

    @Test
    void aWriteNeedsIfMatchAndAStaleOneChangesNothing() {
        Response original = given().get(OFFICE).then().statusCode(200).extract().response();
        Map<String, Object> english = original.jsonPath().getMap("");
        try {
            Map<String, Object> renamed = writeBody(english);
            renamed.put("name", "ILO Country Office for China and Mongolia (renamed)");
            given().auth().oauth2(editor).contentType(JSON).body(renamed).put(OFFICE).then().statusCode(428)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/precondition-required"))
                    .body("status", equalTo(428));
            given().get(OFFICE).then().statusCode(200).header("ETag", original.header("ETag"));

            String changed = given().auth().oauth2(editor).header("If-Match", original.header("ETag"))
                    .contentType(JSON).body(renamed).put(OFFICE).then().statusCode(200)
                    .body("name", equalTo("ILO Country Office for China and Mongolia (renamed)"))
                    .extract().header("ETag");

            Map<String, Object> other = writeBody(english);
            other.put("name", "Another name");
            given().auth().oauth2(editor).header("If-Match", original.header("ETag")).contentType(JSON).body(other)
                    .put(OFFICE).then().statusCode(412)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/precondition-failed"));
            given().auth().oauth2(editor).header("If-Match", "W/" + changed).contentType(JSON).body(other)
                    .put(OFFICE).then().statusCode(412); // weak validators never match If-Match
            given().get(OFFICE).then().statusCode(200)
                    .header("ETag", changed)
                    .body("name", equalTo("ILO Country Office for China and Mongolia (renamed)"));
        } finally {
            restore(english);
        }
    }

    @Test
    void onlyEditorsMayWrite() {
        Response original = given().get(OFFICE).then().statusCode(200).extract().response();
        Map<String, Object> english = original.jsonPath().getMap("");
        Map<String, Object> renamed = writeBody(english);
        renamed.put("name", "Not allowed");
        try {
            given().header("If-Match", original.header("ETag")).contentType(JSON).body(renamed).put(OFFICE).then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo("/problems/unauthorized"));
            given().auth().oauth2(Tokens.expiredEditor(subject)).header("If-Match", original.header("ETag"))
                    .contentType(JSON).body(renamed).put(OFFICE).then().statusCode(401)
                    .header("WWW-Authenticate", containsString("invalid_token"));
            given().auth().oauth2(Tokens.withRoles(subject, Set.of("reader"))).header("If-Match",
                    original.header("ETag")).contentType(JSON).body(renamed).put(OFFICE).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
            given().get(OFFICE).then().statusCode(200)
                    .header("ETag", original.header("ETag"))
                    .body("name", equalTo(english.get("name")));
        } finally {
            restore(english);
        }
    }

    @Test
    void aMissingNameIsAnInvalidBody() {
        Response original = given().get(OFFICE).then().statusCode(200).extract().response();
        Map<String, Object> english = original.jsonPath().getMap("");
        try {
            Map<String, Object> nameless = writeBody(english);
            nameless.remove("name");
            given().auth().oauth2(editor).header("If-Match", original.header("ETag")).contentType(JSON)
                    .body(nameless).put(OFFICE).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-body"))
                    .body("errors.name", contains("name"))
                    .body("errors[0].reason", equalTo("must not be blank"));
            Map<String, Object> blank = writeBody(english);
            blank.put("name", "  ");
            given().auth().oauth2(editor).header("If-Match", original.header("ETag")).contentType(JSON)
                    .body(blank).put(OFFICE).then().statusCode(400)
                    .body("errors.name", contains("name"));
            given().get(OFFICE).then().statusCode(200).header("ETag", original.header("ETag"));
        } finally {
            restore(english);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "name          | 5            | name",
            "director.name | \"\\ud800\" | director.name",
            "director      | true         | director" })
    void valuesOfTheWrongTypeOrInvalidUnicodeAreBadRequestsNamingTheField(String member, String raw, String field) {
        Response original = given().get(OFFICE).then().statusCode(200).extract().response();
        Map<String, Object> english = original.jsonPath().getMap("");
        try {
            given().auth().oauth2(editor).header("If-Match", original.header("ETag")).contentType(JSON)
                    .body(RawJson.with(RawJson.hole(writeBody(english), member), raw)).put(OFFICE)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-body"))
                    .body("errors.name", contains(field));
            given().get(OFFICE).then().statusCode(200).header("ETag", original.header("ETag"));
        } finally {
            restore(english);
        }
    }

    @Test
    void unknownThemesAndPressReleasesAreUnknownReferences() {
        Response original = given().get(OFFICE).then().statusCode(200).extract().response();
        Map<String, Object> english = original.jsonPath().getMap("");
        int entries = officeAuditEntries();
        try {
            Map<String, Object> unknownTheme = writeBody(english);
            List<Map<String, Object>> focusAreas = castList(unknownTheme.get("focusAreas"));
            focusAreas.set(0, Map.of("theme", "no-such-theme", "description", "Something new"));
            given().auth().oauth2(editor).header("If-Match", original.header("ETag")).contentType(JSON)
                    .body(unknownTheme).put(OFFICE).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/unknown-reference"))
                    .body("errors.name", contains("focusAreas[0].theme"));

            Map<String, Object> unknownSource = writeBody(english);
            Map<String, Object> director = castMap(unknownSource.get("director"));
            director.put("source", "no-such-press-release");
            given().auth().oauth2(editor).header("If-Match", original.header("ETag")).contentType(JSON)
                    .body(unknownSource).put(OFFICE).then().statusCode(422)
                    .body("type", equalTo("/problems/unknown-reference"))
                    .body("errors.name", contains("director.source"));

            given().get(OFFICE).then().statusCode(200).header("ETag", original.header("ETag"));
            assertEquals(entries, officeAuditEntries(), "a refused write leaves no audit entry");
        } finally {
            restore(english);
        }
    }

    @Test
    void theBodyIsBuiltFromTheRepresentationAndWritingItBackChangesNothingButLastUpdated() {
        Response original = given().get(OFFICE).then().statusCode(200)
                .body("director.source.id", equalTo("director-credentials-mongolia"))
                .extract().response();
        Map<String, Object> english = original.jsonPath().getMap("");
        try {
            given().auth().oauth2(editor).header("If-Match", original.header("ETag")).contentType(JSON)
                    .body(writeBody(english)).put(OFFICE).then().statusCode(200)
                    .header("ETag", not(equalTo(original.header("ETag")))) // lastUpdated moved
                    .body("translations", equalTo(english.get("translations")))
                    .body("director.role", equalTo(path(english, "director", "role")))
                    .body("unFrameworks[1].summary", equalTo(path(english, "unFrameworks[1]", "summary")));
            assertEquals(withoutLastUpdated(english), withoutLastUpdated(given().get(OFFICE).then().statusCode(200)
                    .extract().jsonPath().getMap("")));
        } finally {
            restore(english);
        }
    }

    @Test
    void deletingThePressReleaseTheDirectorIsSourcedFromIsAnAuditedOfficeEdit() {
        Response original = given().get(OFFICE).then().statusCode(200).extract().response();
        Map<String, Object> english = original.jsonPath().getMap("");
        String release = "director-source-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(editor).contentType(JSON)
                .body(Map.of("id", release, "title", "A new director", "publishedOn", "2027-03-01",
                        "themes", List.of("decent-work")))
                .post("/api/v1/press-releases").then().statusCode(201);
        try {
            Map<String, Object> body = writeBody(english);
            castMap(body.get("director")).put("source", release);
            given().auth().oauth2(editor).header("If-Match", original.header("ETag")).contentType(JSON)
                    .body(body).put(OFFICE).then().statusCode(200).body("director.source.id", equalTo(release));
            int audited = officeAuditEntries();

            String releaseETag = given().get("/api/v1/press-releases/" + release).then().extract().header("ETag");
            given().auth().oauth2(editor).header("If-Match", releaseETag).delete("/api/v1/press-releases/" + release)
                    .then().statusCode(204);

            given().get(OFFICE).then().statusCode(200)
                    .body("director.name", equalTo(path(english, "director", "name")))
                    .body("director.source", equalTo(null));
            assertEquals(audited + 1, officeAuditEntries());
            given().auth().oauth2(editor).queryParam("type", "office").queryParam("limit", 1).get("/api/v1/audit")
                    .then().statusCode(200)
                    .body("items[0].editor", equalTo(subject))
                    .body("items[0].before.director.source", equalTo(release))
                    .body("items[0].after.director.source", equalTo(null));
        } finally {
            restore(english);
        }
    }

    // --- helpers ---

    /** The OfficeWrite body for a profile as GET shows it in English: links by id, director source by id. */
    private static Map<String, Object> writeBody(Map<String, Object> office) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", office.get("name"));
        body.put("about", new ArrayList<>(castList(office.get("about"))));
        body.put("countries", ids(office.get("countries"), "code"));
        List<Map<String, Object>> focusAreas = new ArrayList<>();
        for (Map<String, Object> f : OfficeWriteTest.<Map<String, Object>> castList(office.get("focusAreas"))) {
            focusAreas.add(Map.of("theme", path(f, "theme", "id"), "description", f.get("description")));
        }
        body.put("focusAreas", focusAreas);
        body.put("constituents", office.get("constituents"));
        body.put("partners", ids(office.get("partners"), "id"));
        List<Map<String, Object>> frameworks = new ArrayList<>();
        for (Map<String, Object> u : OfficeWriteTest.<Map<String, Object>> castList(office.get("unFrameworks"))) {
            Map<String, Object> framework = new LinkedHashMap<>();
            framework.put("country", path(u, "country", "code"));
            framework.put("name", u.get("name"));
            framework.put("summary", u.get("summary"));
            framework.put("priorityAreas", u.get("priorityAreas"));
            frameworks.add(framework);
        }
        body.put("unFrameworks", frameworks);
        Map<String, Object> director = castMap(office.get("director"));
        if (director == null) {
            body.put("director", null);
        } else {
            Map<String, Object> d = new HashMap<>(); // allows null values
            d.put("name", director.get("name"));
            d.put("role", director.get("role"));
            d.put("asOf", director.get("asOf"));
            d.put("source", director.get("source") == null ? null : path(director, "source", "id"));
            body.put("director", d);
        }
        body.put("translations", office.get("translations"));
        return body;
    }

    private static Map<String, Object> officeTranslation() {
        Map<String, Object> t = new HashMap<>();
        for (String field : List.of("name", "about", "focusAreas", "constituents", "unFrameworks", "directorRole")) {
            t.put(field, null);
        }
        return t;
    }

    private int officeAuditEntries() {
        return given().auth().oauth2(editor).queryParam("type", "office").queryParam("limit", 1)
                .get("/api/v1/audit").then().statusCode(200).extract().path("page.totalItems");
    }

    /** Puts the profile as it was back (when it differs), and checks that it is. */
    private void restore(Map<String, Object> original) {
        // Unfiltered: the clean-up must work even if a test left a state the contract does not describe.
        Response current = given().noFilters().get(OFFICE).then().statusCode(200).extract().response();
        if (withoutLastUpdated(original).equals(withoutLastUpdated(current.jsonPath().getMap("")))) {
            return;
        }
        given().auth().oauth2(editor).header("If-Match", current.header("ETag")).contentType(JSON)
                .body(writeBody(original)).put(OFFICE).then().statusCode(200);
        Map<String, Object> now = given().get(OFFICE).then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(withoutLastUpdated(original), withoutLastUpdated(now), "the office must be restored");
    }

    private static Map<String, Object> withoutLastUpdated(Map<String, Object> office) {
        Map<String, Object> copy = new LinkedHashMap<>(office);
        copy.remove("lastUpdated");
        return copy;
    }

    private static List<Object> ids(Object refs, String key) {
        List<Object> ids = new ArrayList<>();
        for (Map<String, Object> ref : OfficeWriteTest.<Map<String, Object>> castList(refs)) {
            ids.add(ref.get(key));
        }
        return ids;
    }

    private static Object path(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            if (key.endsWith("]")) {
                String name = key.substring(0, key.indexOf('['));
                int index = Integer.parseInt(key.substring(key.indexOf('[') + 1, key.length() - 1));
                value = castList(castMap(value).get(name)).get(index);
            } else {
                value = castMap(value).get(key);
            }
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object value) {
        return (List<T>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
