package org.ilo.cnmn.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Reads the change feed to its end, as a partner does before waiting for what comes next. */
public final class ChangeTokens {

    private ChangeTokens() {
    }

    /** The token after the latest change. */
    public static String latest() {
        String token = null;
        boolean more;
        do {
            RequestSpecification request = given().queryParam("limit", 1000);
            if (token != null) {
                request.queryParam("since", token);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            token = page.getString("nextToken");
            more = page.getBoolean("hasMore");
        } while (more);
        return token;
    }
}
