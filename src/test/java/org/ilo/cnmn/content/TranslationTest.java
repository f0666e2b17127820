package org.ilo.cnmn.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.ilo.cnmn.support.ChangeTokens;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Translations (zh, mn) of projects and press releases: writing them, and reading them per language. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class TranslationTest {

    private static final String JSON = "application/json; charset=UTF-8";
    private static final String PROJECTS = "/api/v1/projects/";
    private static final String RELEASES = "/api/v1/press-releases/";
    private static final String ETAG = "\"[A-Za-z0-9_-]{24}(-gzip)?\"";

    private static final String TITLE = "Decent Work for Herders in Mongolia";
    private static final String SUMMARY = "Herders in the Gobi gain social protection and safer work.";
    private static final String ZH_TITLE = "蒙古牧民体面劳动项目";
    private static final String MN_TITLE = "Малчдын зохистой хөдөлмөр";
    private static final String MN_SUMMARY = "Говийн малчид нийгмийн хамгааллыг олж авна.";

    private final String editor = Tokens.editor("translator");

    @Test
    void translationsGivenOnCreateAreServedPerLanguageFallingBackFieldByField() {
        String id = uniqueId("translated-on-create");
        Map<String, Object> body = project(id, TITLE, SUMMARY);
        body.put("translations", Map.of("zh", translation(ZH_TITLE, null), "mn", translation(MN_TITLE, MN_SUMMARY)));
        try {
            given().auth().oauth2(editor).contentType(JSON).body(body).post(PROJECTS).then().statusCode(201)
                    .header("Location", endsWith(PROJECTS + id))
                    .header("ETag", matchesPattern(ETAG))
                    .header("Content-Language", "en")
                    .body("title", equalTo(TITLE))
                    .body("summary", equalTo(SUMMARY))
                    .body("translations", aMapWithSize(2))
                    .body("translations.zh.title", equalTo(ZH_TITLE))
                    .body("translations.zh", hasKey("summary"))
                    .body("translations.zh.summary", nullValue())
                    .body("translations.mn.title", equalTo(MN_TITLE))
                    .body("translations.mn.summary", equalTo(MN_SUMMARY));

            // Only the title is in Chinese: the summary falls back to English, field by field.
            given().queryParam("lang", "zh").get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "zh")
                    .header("Vary", containsString("Accept-Language"))
                    .body("title", equalTo(ZH_TITLE))
                    .body("summary", equalTo(SUMMARY))
                    .body("translations.zh.title", equalTo(ZH_TITLE))
                    .body("translations.mn.title", equalTo(MN_TITLE));
            given().queryParam("lang", "mn").get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "mn")
                    .body("title", equalTo(MN_TITLE))
                    .body("summary", equalTo(MN_SUMMARY));
            given().queryParam("lang", "en").get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "en")
                    .body("title", equalTo(TITLE))
                    .body("summary", equalTo(SUMMARY));
            given().get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "en")
                    .header("Vary", containsString("Accept-Language"))
                    .body("title", equalTo(TITLE));
        } finally {
            delete(PROJECTS, id);
        }
    }

    @Test
    void aTranslationPutPerLanguageSetsThatLanguageOnly() {
        String id = createProject("translated-per-language", Map.of("mn", translation(MN_TITLE, MN_SUMMARY)));
        try {
            String before = etag(PROJECTS + id);
            Response written = given().auth().oauth2(editor).header("If-Match", before).contentType(JSON)
                    .body(translation(ZH_TITLE, null)).put(PROJECTS + id + "/translations/zh").then().statusCode(200)
                    .header("ETag", matchesPattern(ETAG))
                    .header("Content-Language", "en")
                    // the answer is the project as stored, in English
                    .body("id", equalTo(id))
                    .body("title", equalTo(TITLE))
                    .body("summary", equalTo(SUMMARY))
                    .body("translations.zh.title", equalTo(ZH_TITLE))
                    .body("translations.zh.summary", nullValue())
                    .body("translations.mn.title", equalTo(MN_TITLE))
                    .extract().response();
            assertNotEquals(before, written.header("ETag"));
            // The ETag a write returns is the one the next GET sends, so it can be used for the next write.
            assertEquals(written.header("ETag"), etag(PROJECTS + id));

            given().queryParam("lang", "zh").get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "zh")
                    .body("title", equalTo(ZH_TITLE))
                    .body("summary", equalTo(SUMMARY));
            given().queryParam("lang", "mn").get(PROJECTS + id).then().statusCode(200)
                    .body("title", equalTo(MN_TITLE))
                    .body("summary", equalTo(MN_SUMMARY));
        } finally {
            delete(PROJECTS, id);
        }
    }

    @Test
    void aTranslationPutNeedsAnEditorAndTheCurrentEtag() {
        String id = createProject("translation-preconditions", Map.of());
        try {
            String current = etag(PROJECTS + id);
            String path = PROJECTS + id + "/translations/zh";
            given().contentType(JSON).header("If-Match", current).body(translation(ZH_TITLE, null)).put(path)
                    .then().statusCode(401)
                    .header("WWW-Authenticate", containsString("Bearer"));
            given().auth().oauth2(Tokens.withRoles("reader", Set.of("reader"))).contentType(JSON)
                    .header("If-Match", current).body(translation(ZH_TITLE, null)).put(path)
                    .then().statusCode(403);
            given().auth().oauth2(editor).contentType(JSON).body(translation(ZH_TITLE, null)).put(path)
                    .then().statusCode(428).contentType("application/problem+json")
                    .body("type", equalTo("/problems/precondition-required"));
            given().auth().oauth2(editor).contentType(JSON).header("If-Match", "\"AAAAAAAAAAAAAAAAAAAAAAAA\"")
                    .body(translation(ZH_TITLE, null)).put(path)
                    .then().statusCode(412).contentType("application/problem+json")
                    .body("type", equalTo("/problems/precondition-failed"));
            given().auth().oauth2(editor).contentType(JSON).header("If-Match", current)
                    .body(translation("x".repeat(301), null)).put(path)
                    .then().statusCode(400)
                    .body("errors.name", contains("title"));

            // None of the failed writes changed anything.
            given().get(PROJECTS + id).then().statusCode(200)
                    .header("ETag", current)
                    .body("translations", anEmptyMap());
        } finally {
            delete(PROJECTS, id);
        }
    }

    @ParameterizedTest(name = "Accept-Language: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "en;q=0.3, mn;q=0.9, zh;q=0.5 | mn",
            "fr, zh;q=0.1                 | zh",
            "fr                           | en",
            "*                            | en",
            "zh-CN                        | zh",
            "mn-MN, en;q=0.8              | mn",
            "zh;q=0, mn;q=0.2             | mn",
            "zh;q=0                       | en",
            "de-CH, fr;q=0.9, *;q=0.1     | en" })
    void acceptLanguageQualityValuesPickTheBestSupportedLanguage(String acceptLanguage, String expected) {
        String id = createProject("accept-language",
                Map.of("zh", translation(ZH_TITLE, null), "mn", translation(MN_TITLE, MN_SUMMARY)));
        Map<String, String> titles = Map.of("en", TITLE, "zh", ZH_TITLE, "mn", MN_TITLE);
        try {
            given().header("Accept-Language", acceptLanguage).get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", expected)
                    .header("Vary", containsString("Accept-Language"))
                    .body("title", equalTo(titles.get(expected)));
        } finally {
            delete(PROJECTS, id);
        }
    }

    @ParameterizedTest(name = "Accept-Language: \"{0}\" is served in English")
    @ValueSource(strings = { ";", "zz;q=2,,;", "*", "zh;q=abc", "zh;q=1.5", ",", "zh-", "\u00e9", "mn, zh;q=2", "-" })
    void aMalformedAcceptLanguageIsServedInEnglishOnEveryRead(String acceptLanguage) {
        for (String url : List.of("/api/v1/projects/score-phase-3-china", "/api/v1/projects",
                "/api/v1/press-releases/global-care-crisis", "/api/v1/press-releases", "/api/v1/office")) {
            given().header("Accept-Language", acceptLanguage).get(url).then().statusCode(200)
                    .header("Content-Language", "en");
        }
        given().header("Accept-Language", "x".repeat(4_000)).get("/api/v1/projects").then().statusCode(200)
                .header("Content-Language", "en");
        given().header("Accept-Language", "mn;q=0.5, zh;q=0.9").get("/api/v1/office").then().statusCode(200)
                .header("Content-Language", "zh");
    }

    /** Hibernate Validator reads Accept-Language too, to localise its messages; "-" made its parser throw. */
    @ParameterizedTest(name = "Accept-Language: \"{0}\" on an invalid write is a 400")
    @ValueSource(strings = { "-", ";", "zz;q=2,,;" })
    void aMalformedAcceptLanguageOnAnInvalidWriteIsStillA400(String acceptLanguage) {
        given().auth().oauth2(editor).header("Accept-Language", acceptLanguage).contentType(JSON)
                .body(Map.of("id", "malformed-accept-language", "title", "", "themes", List.of()))
                .post("/api/v1/projects").then().statusCode(400).contentType("application/problem+json");
        given().get(PROJECTS + "malformed-accept-language").then().statusCode(404);
    }

    @Test
    void langTakesALanguageTagWithRegionOrScript() {
        String id = createProject("lang-tag", Map.of("zh", translation(ZH_TITLE, null),
                "mn", translation(MN_TITLE, MN_SUMMARY)));
        try {
            for (String lang : List.of("zh-CN", "zh-Hans", "zh-Hant-TW")) {
                given().queryParam("lang", lang).get(PROJECTS + id).then().statusCode(200)
                        .header("Content-Language", "zh").body("title", equalTo(ZH_TITLE));
            }
            given().queryParam("lang", "mn-MN").get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "mn").body("title", equalTo(MN_TITLE));
            given().queryParam("lang", "en-GB").header("Accept-Language", "zh").get(PROJECTS + id).then()
                    .statusCode(200).header("Content-Language", "en").body("title", equalTo(TITLE));
            given().queryParam("lang", "zh_CN").get(PROJECTS + id).then().statusCode(400)
                    .body("errors.name", contains("lang"));
        } finally {
            delete(PROJECTS, id);
        }
    }

    @Test
    void langOverridesAcceptLanguage() {
        String id = createProject("lang-overrides", Map.of("zh", translation(ZH_TITLE, null),
                "mn", translation(MN_TITLE, MN_SUMMARY)));
        try {
            given().queryParam("lang", "en").header("Accept-Language", "zh").get(PROJECTS + id).then()
                    .statusCode(200)
                    .header("Content-Language", "en")
                    .body("title", equalTo(TITLE));
            given().queryParam("lang", "zh").header("Accept-Language", "mn, en;q=0.5").get(PROJECTS + id).then()
                    .statusCode(200)
                    .header("Content-Language", "zh")
                    .body("title", equalTo(ZH_TITLE));
        } finally {
            delete(PROJECTS, id);
        }
    }

    @Test
    void anUnsupportedLangIsA400NamingLangButAnUnsupportedAcceptLanguageIsServedInEnglish() {
        for (String url : List.of("/api/v1/projects/score-phase-3-china", "/api/v1/projects",
                "/api/v1/press-releases/global-care-crisis", "/api/v1/press-releases", "/api/v1/office")) {
            given().queryParam("lang", "fr").get(url).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-parameter"))
                    .body("status", equalTo(400))
                    .body("errors.name", contains("lang"))
                    .body("detail", containsString("'lang'"));
            given().header("Accept-Language", "fr-FR, de;q=0.5").get(url).then().statusCode(200)
                    .header("Content-Language", "en");
        }
        given().get("/api/v1/projects/score-phase-3-china").then().statusCode(200)
                .body("title", equalTo("Sustaining Competitive and Responsible Enterprises (SCORE) Phase III - China"));
    }

    @Test
    void eachLanguageHasItsOwnEtagAndAnyOfThemIsAcceptedForAWrite() {
        String id = createProject("etag-per-language", Map.of("zh", translation(ZH_TITLE, null)));
        try {
            String en = etag(PROJECTS + id);
            String zh = given().queryParam("lang", "zh").get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "zh").extract().header("ETag");
            String mn = given().header("Accept-Language", "mn").get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "mn").extract().header("ETag");
            assertNotEquals(en, zh);
            // mn has no translation: the body is the English one, but the representation (and ETag) differ
            assertNotEquals(en, mn);
            assertNotEquals(zh, mn);
            // The English validator does not revalidate the Chinese representation.
            given().queryParam("lang", "zh").header("If-None-Match", en).get(PROJECTS + id).then().statusCode(200)
                    .body("title", equalTo(ZH_TITLE));
            given().queryParam("lang", "zh").header("If-None-Match", zh).get(PROJECTS + id).then().statusCode(304);

            // A client that read the Chinese page may write with the ETag it holds.
            Map<String, Object> renamed = project(id, TITLE + " (renamed)", SUMMARY);
            renamed.put("translations", Map.of("zh", translation(ZH_TITLE, null)));
            String afterPut = given().auth().oauth2(editor).header("If-Match", zh).contentType(JSON).body(renamed)
                    .put(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "en")
                    .body("title", equalTo(TITLE + " (renamed)"))
                    .extract().header("ETag");
            assertEquals(afterPut, etag(PROJECTS + id));
            // ...and the old Chinese ETag is now stale.
            given().auth().oauth2(editor).header("If-Match", zh).contentType(JSON).body(translation("旧", null))
                    .put(PROJECTS + id + "/translations/zh").then().statusCode(412);
            String mnNow = given().queryParam("lang", "mn").get(PROJECTS + id).then().statusCode(200)
                    .extract().header("ETag");
            given().auth().oauth2(editor).header("If-Match", mnNow).contentType(JSON)
                    .body(translation(MN_TITLE, null)).put(PROJECTS + id + "/translations/mn").then().statusCode(200)
                    .body("translations.mn.title", equalTo(MN_TITLE));
        } finally {
            delete(PROJECTS, id);
        }
    }

    @Test
    void removingATranslationWithBothFieldsNullFallsBackToEnglish() {
        String id = createProject("translation-removed",
                Map.of("zh", translation(ZH_TITLE, "中文摘要"), "mn", translation(MN_TITLE, null)));
        try {
            given().auth().oauth2(editor).header("If-Match", etag(PROJECTS + id)).contentType(JSON)
                    .body("{\"title\": null, \"summary\": null}").put(PROJECTS + id + "/translations/zh").then()
                    .statusCode(200)
                    .body("translations", not(hasKey("zh")))
                    .body("translations.mn.title", equalTo(MN_TITLE));
            given().queryParam("lang", "zh").get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "zh")
                    .body("title", equalTo(TITLE))
                    .body("summary", equalTo(SUMMARY))
                    .body("translations", not(hasKey("zh")));
            // Removing one that does not exist is harmless.
            given().auth().oauth2(editor).header("If-Match", etag(PROJECTS + id)).contentType(JSON)
                    .body("{\"title\": null, \"summary\": null}").put(PROJECTS + id + "/translations/zh").then()
                    .statusCode(200)
                    .body("translations", aMapWithSize(1));
        } finally {
            delete(PROJECTS, id);
        }
    }

    @Test
    void aBlankTranslationIsNoTranslation() {
        String id = createProject("translation-blank", Map.of());
        try {
            given().auth().oauth2(editor).header("If-Match", etag(PROJECTS + id)).contentType(JSON)
                    .body("{\"title\": \"\", \"summary\": \"   \"}").put(PROJECTS + id + "/translations/zh").then()
                    .statusCode(200)
                    .body("translations", not(hasKey("zh")));
            given().queryParam("lang", "zh").get(PROJECTS + id).then().statusCode(200)
                    .header("Content-Language", "zh")
                    .body("title", equalTo(TITLE))
                    .body("summary", equalTo(SUMMARY));
        } finally {
            delete(PROJECTS, id);
        }
    }

    @Test
    void englishAndUnknownLanguagesCannotBeWrittenAsTranslations() {
        String id = createProject("translation-languages", Map.of());
        try {
            String current = etag(PROJECTS + id);
            for (String lang : List.of("en", "fr")) {
                given().auth().oauth2(editor).header("If-Match", current).contentType(JSON)
                        .body(translation("Title", null)).put(PROJECTS + id + "/translations/" + lang).then()
                        .statusCode(404)
                        .contentType("application/problem+json")
                        .body("type", equalTo("/problems/not-found"))
                        .body("detail", containsString("'" + lang + "'"));
            }
            given().auth().oauth2(editor).header("If-Match", current).contentType(JSON)
                    .body(translation(ZH_TITLE, null)).put(PROJECTS + "no-such-project-" + id + "/translations/zh")
                    .then().statusCode(404);
            Map<String, Object> english = project(uniqueId("english-translation"), TITLE, SUMMARY);
            english.put("translations", Map.of("en", translation("Other", null)));
            given().auth().oauth2(editor).contentType(JSON).body(english).post(PROJECTS).then().statusCode(400)
                    .body("type", equalTo("/problems/invalid-body"))
                    .body("errors.name", contains("translations[en]"));
            given().get(PROJECTS + id).then().statusCode(200).header("ETag", current);
        } finally {
            delete(PROJECTS, id);
        }
    }

    @Test
    void pressReleaseTranslationsAndRelatedTitlesAreShownInTheChosenLanguage() {
        String projectId = createProject("related-project", Map.of("zh", translation(ZH_TITLE, null)));
        String releaseId = uniqueId("related-release");
        String releaseTitle = "Herders project launched in Ulaanbaatar";
        String releaseZh = "牧民项目在乌兰巴托启动";
        try {
            Map<String, Object> release = pressRelease(releaseId, releaseTitle);
            release.put("relatedProjects", List.of(projectId));
            String created = given().auth().oauth2(editor).contentType(JSON).body(release).post(RELEASES).then()
                    .statusCode(201)
                    .header("Location", endsWith(RELEASES + releaseId))
                    .header("Content-Language", "en")
                    .body("relatedProjects.title", contains(TITLE))
                    .body("translations", anEmptyMap())
                    .extract().header("ETag");
            given().auth().oauth2(editor).header("If-Match", created).contentType(JSON)
                    .body(translation(releaseZh, null)).put(RELEASES + releaseId + "/translations/zh").then()
                    .statusCode(200)
                    .header("Content-Language", "en")
                    .body("title", equalTo(releaseTitle))
                    .body("translations.zh.title", equalTo(releaseZh));

            given().queryParam("lang", "zh").get(RELEASES + releaseId).then().statusCode(200)
                    .header("Content-Language", "zh")
                    .body("title", equalTo(releaseZh))
                    .body("summary", equalTo("English summary of the release."))
                    .body("relatedProjects.id", contains(projectId))
                    .body("relatedProjects.title", contains(ZH_TITLE));
            given().get(RELEASES + releaseId).then().statusCode(200)
                    .body("title", equalTo(releaseTitle))
                    .body("relatedProjects.title", contains(TITLE));
            given().header("Accept-Language", "zh-CN, en;q=0.5").get(PROJECTS + projectId).then().statusCode(200)
                    .header("Content-Language", "zh")
                    .body("relatedPressReleases.id", contains(releaseId))
                    .body("relatedPressReleases.title", contains(releaseZh));
            // mn has no translations: titles, related ones too, are in English.
            given().queryParam("lang", "mn").get(RELEASES + releaseId).then().statusCode(200)
                    .body("title", equalTo(releaseTitle))
                    .body("relatedProjects.title", contains(TITLE));

            // Retranslating the project's title changes what the press release shows: a new ETag, and a change.
            String releaseZhEtag = given().queryParam("lang", "zh").get(RELEASES + releaseId).then()
                    .extract().header("ETag");
            String token = ChangeTokens.latest();
            given().auth().oauth2(editor).header("If-Match", etag(PROJECTS + projectId)).contentType(JSON)
                    .body(translation("蒙古牧民体面劳动（修订）", null))
                    .put(PROJECTS + projectId + "/translations/zh").then().statusCode(200);
            given().queryParam("lang", "zh").header("If-None-Match", releaseZhEtag).get(RELEASES + releaseId).then()
                    .statusCode(200)
                    .header("ETag", not(equalTo(releaseZhEtag)))
                    .body("relatedProjects.title", contains("蒙古牧民体面劳动（修订）"));
            assertEquals(List.of("pressRelease/" + releaseId + "/upsert", "project/" + projectId + "/upsert"),
                    sortedChanges(token));
        } finally {
            delete(RELEASES, releaseId);
            delete(PROJECTS, projectId);
        }
    }

    @Test
    void listsShowTitlesInTheChosenLanguage() {
        String word = randomHan(4);
        String projectId = createProject("listed", Map.of("zh", translation("项目" + word + ZH_TITLE, null)));
        String releaseId = uniqueId("listed-release");
        try {
            Map<String, Object> release = pressRelease(releaseId, "A listed release");
            release.put("translations", Map.of("mn", translation("Мэдээ " + word, null)));
            given().auth().oauth2(editor).contentType(JSON).body(release).post(RELEASES).then().statusCode(201);

            given().queryParam("q", word).queryParam("lang", "zh").get(PROJECTS).then().statusCode(200)
                    .header("Content-Language", "zh")
                    .header("Vary", containsString("Accept-Language"))
                    .body("items.id", contains(projectId))
                    .body("items[0].title", equalTo("项目" + word + ZH_TITLE))
                    .body("items[0].summary", equalTo(SUMMARY));
            given().queryParam("q", word).header("Accept-Language", "zh").get(PROJECTS).then().statusCode(200)
                    .header("Content-Language", "zh")
                    .body("items[0].title", equalTo("项目" + word + ZH_TITLE));
            given().queryParam("q", word).get(PROJECTS).then().statusCode(200)
                    .header("Content-Language", "en")
                    .body("items[0].title", equalTo(TITLE));
            given().queryParam("q", word).queryParam("lang", "mn").get(RELEASES).then().statusCode(200)
                    .header("Content-Language", "mn")
                    .body("items.id", contains(releaseId))
                    .body("items[0].title", equalTo("Мэдээ " + word));
            given().queryParam("q", word).queryParam("lang", "zh").get(RELEASES).then().statusCode(200)
                    .header("Content-Language", "zh")
                    .body("items[0].title", equalTo("A listed release"));
        } finally {
            delete(RELEASES, releaseId);
            delete(PROJECTS, projectId);
        }
    }

    @Test
    void searchFindsRecordsByASubstringOfTheirTranslation() {
        String word = randomHan(3);
        String zhTitle = "中国" + word + "体面劳动国别计划";
        String projectId = createProject("searched", Map.of("zh", translation(zhTitle, "中文摘要：" + word + "社会保护")));
        String releaseId = uniqueId("searched-release");
        String cyrillic = "Хөдөлмөр" + randomCyrillic(5);
        try {
            Map<String, Object> release = pressRelease(releaseId, "A searched release");
            release.put("translations", Map.of("mn", translation(cyrillic + " мэдээ", null)));
            given().auth().oauth2(editor).contentType(JSON).body(release).post(RELEASES).then().statusCode(201);

            // A part of a word: Chinese is matched as a substring, not by whole words.
            String part = word + "体面";
            given().queryParam("q", part).get(PROJECTS).then().statusCode(200)
                    .body("items.id", contains(projectId))
                    .body("page.totalItems", equalTo(1));
            given().queryParam("q", part).queryParam("lang", "zh").get(PROJECTS).then().statusCode(200)
                    .body("items[0].title", equalTo(zhTitle));
            given().queryParam("q", word + "社会").get(PROJECTS).then().statusCode(200)
                    .body("items.id", contains(projectId));
            given().queryParam("q", part).get("/api/v1/search").then().statusCode(200)
                    .body("items.type", contains("project"))
                    .body("items.id", contains(projectId))
                    .body("items[0].href", equalTo(PROJECTS + projectId))
                    .body("page.totalItems", equalTo(1));

            // Cyrillic too, whatever the letter case.
            String lower = cyrillic.toLowerCase(Locale.ROOT);
            given().queryParam("q", lower).get(RELEASES).then().statusCode(200)
                    .body("items.id", contains(releaseId));
            given().queryParam("q", lower).get("/api/v1/search").then().statusCode(200)
                    .body("items.type", contains("pressRelease"))
                    .body("items.id", contains(releaseId));
            given().queryParam("q", lower).queryParam("type", "project").get("/api/v1/search").then()
                    .statusCode(200)
                    .body("page.totalItems", equalTo(0));
        } finally {
            delete(RELEASES, releaseId);
            delete(PROJECTS, projectId);
        }
    }

    @Test
    void theChangeFeedReportsATranslationWrite() {
        String id = createProject("translation-feed", Map.of());
        try {
            String token = ChangeTokens.latest();
            given().auth().oauth2(editor).header("If-Match", etag(PROJECTS + id)).contentType(JSON)
                    .body(translation(ZH_TITLE, null)).put(PROJECTS + id + "/translations/zh").then().statusCode(200);
            assertEquals(List.of("project/" + id + "/upsert"), sortedChanges(token));
            String next = ChangeTokens.latest();
            given().auth().oauth2(editor).header("If-Match", etag(PROJECTS + id)).contentType(JSON)
                    .body("{\"title\": null, \"summary\": null}").put(PROJECTS + id + "/translations/zh").then()
                    .statusCode(200);
            assertEquals(List.of("project/" + id + "/upsert"), sortedChanges(next));
        } finally {
            delete(PROJECTS, id);
        }
    }

    // --- helpers ---

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> project(String id, String title, String summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", title);
        body.put("summary", summary);
        body.put("startDate", "2027-01-01");
        body.put("endDate", "2028-12-31");
        body.put("countries", List.of("MN"));
        body.put("themes", List.of("employment"));
        return body;
    }

    private static Map<String, Object> pressRelease(String id, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", title);
        body.put("publishedOn", "2027-01-15");
        body.put("summary", "English summary of the release.");
        body.put("countries", List.of("MN"));
        body.put("themes", List.of("employment"));
        return body;
    }

    private static Map<String, Object> translation(String title, String summary) {
        Map<String, Object> t = new HashMap<>(); // allows null values
        t.put("title", title);
        t.put("summary", summary);
        return t;
    }

    private String createProject(String prefix, Map<String, Object> translations) {
        String id = uniqueId(prefix);
        Map<String, Object> body = project(id, TITLE, SUMMARY);
        body.put("translations", translations);
        given().auth().oauth2(editor).contentType(JSON).body(body).post(PROJECTS).then().statusCode(201);
        return id;
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Deletes a test's own record, if it is still there. */
    private void delete(String collection, String id) {
        Response current = given().get(collection + id);
        if (current.statusCode() == 200) {
            given().auth().oauth2(editor).header("If-Match", current.header("ETag")).delete(collection + id)
                    .then().statusCode(204);
        }
    }

    /** The changes after {@code token} as type/id/action, sorted (one transaction's order is not promised). */
    private static List<String> sortedChanges(String token) {
        JsonPath page = given().queryParam("since", token).queryParam("limit", 1000).get("/api/v1/changes").then()
                .statusCode(200).extract().jsonPath();
        List<String> entries = new ArrayList<>(ChangeTokens.entries(page));
        entries.sort(null);
        return entries;
    }

    /** Random CJK ideographs, so that a search for them can only find this test's records. */
    private static String randomHan(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) (0x4E00 + ThreadLocalRandom.current().nextInt(0x5000)));
        }
        return s.toString();
    }

    private static String randomCyrillic(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('А' + ThreadLocalRandom.current().nextInt(32)));
        }
        return s.toString();
    }
}
