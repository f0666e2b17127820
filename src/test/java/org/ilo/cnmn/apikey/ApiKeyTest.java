package org.ilo.cnmn.apikey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ilo.cnmn.support.TestDatabase;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Admins create and revoke partner keys; the secret is shown once and only its hash is stored. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ApiKeyTest {

    static final String ADMIN = Tokens.withRoles("ops-admin", Set.of("admin"));

    @Test
    void anAdminCreatesAKeyWhoseSecretIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        String id = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "IATI Datastore", "contact", "support@iatistandard.org"))
                .post("/api/v1/admin/api-keys").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/admin/api-keys/" + id))
                .header("Cache-Control", "private, no-store")
                .body("key.id", equalTo(id))
                .body("key.quotaPerMinute", equalTo(6000))
                .body("key.revokedAt", nullValue())
                .body("secret", matchesPattern("ilo_[A-Za-z0-9_-]{43}"))
                .extract().path("secret");
        given().auth().oauth2(ADMIN).get("/api/v1/admin/api-keys/" + id).then().statusCode(200)
                .body("keyPrefix", equalTo(secret.substring(0, 8)))
                .body("createdBy", equalTo("ops-admin"))
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
        String listed = given().auth().oauth2(ADMIN).queryParam("limit", 100).get("/api/v1/admin/api-keys")
                .then().statusCode(200).extract().asString();
        assertTrue(listed.contains(id) && !listed.contains(secret), "lists keys, never secrets");
        try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM api_key WHERE id = '" + id + "'")) {
            rs.next();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                assertTrue(value == null || !value.toString().contains(secret.substring(4)), "the secret is not stored");
            }
            assertEquals(32, rs.getBytes("key_hash").length);
        }
        given().header("X-API-Key", secret).get("/api/v1/office").then().statusCode(200)
                .header("RateLimit-Limit", "6000");

        given().auth().oauth2(ADMIN).delete("/api/v1/admin/api-keys/" + id).then().statusCode(204);
        given().auth().oauth2(ADMIN).get("/api/v1/admin/api-keys/" + id).then().statusCode(200)
                .body("revokedAt", notNullValue());
        given().header("X-API-Key", secret).get("/api/v1/office").then().statusCode(401);
    }

    @Test
    void onlyAdminsManageKeys() {
        given().get("/api/v1/admin/api-keys").then().statusCode(401);
        given().auth().oauth2(Tokens.editor("an-editor")).get("/api/v1/admin/api-keys").then().statusCode(403);
        given().auth().oauth2(Tokens.editor("an-editor")).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "contact", "x@example.org")).post("/api/v1/admin/api-keys")
                .then().statusCode(403);
    }

    @Test
    void badKeyRequestsAreRefused() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "", "contact", "not-an-address", "quotaPerMinute", 0))
                .post("/api/v1/admin/api-keys").then().statusCode(400)
                .body("errors.name", org.hamcrest.Matchers.containsInAnyOrder("contact", "name", "quotaPerMinute"));
        given().auth().oauth2(ADMIN).delete("/api/v1/admin/api-keys/no-such-key").then().statusCode(404);
    }
}
