package org.ilo.cnmn.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Reads the change feed to its end, as a partner does before waiting for what comes next. */
public final class ChangeTokens {

    private ChangeTokens() {
    }

    /** A page of the feed as type/id/action entries, in feed order. */
    public static List<String> entries(JsonPath page) {
        List<String> entries = new ArrayList<>();
        List<String> types = page.getList("items.type", String.class);
        List<String> ids = page.getList("items.id", String.class);
        List<String> actions = page.getList("items.action", String.class);
        for (int i = 0; i < ids.size(); i++) {
            entries.add(types.get(i) + "/" + ids.get(i) + "/" + actions.get(i));
        }
        return entries;
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
