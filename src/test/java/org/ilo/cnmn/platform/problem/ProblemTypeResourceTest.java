package org.ilo.cnmn.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProblemTypeResourceTest {

    @Test
    void everyProblemTypeResolvesAsJson() {
        for (ProblemType type : ProblemType.values()) {
            given().accept("application/json").get(type.uri())
                    .then().statusCode(200).contentType(startsWith("application/json"))
                    .body("type", equalTo(type.uri()), "title", equalTo(type.title()),
                            "status", equalTo(type.status()), "description", equalTo(type.description()),
                            "howToFix", equalTo(type.howToFix()));
        }
    }

    @Test
    void everyProblemTypeResolvesAsAnHtmlPage() {
        for (ProblemType type : ProblemType.values()) {
            given().accept("text/html").get(type.uri())
                    .then().statusCode(200).contentType(startsWith("text/html"))
                    .body(containsString("<h1>" + ProblemPages.escape(type.title()) + "</h1>"));
        }
    }

    @Test
    void browsersGetThePage() {
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .get(ProblemType.INVALID_PARAMETER.uri())
                .then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void listsEveryProblemTypeInBothMediaTypes() {
        given().accept("application/json").get("/problems")
                .then().statusCode(200).body("$", hasSize(ProblemType.values().length),
                        "[0].type", equalTo(ProblemType.values()[0].uri()));
        given().accept("text/html").get("/problems")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("href=\"" + ProblemType.SERVICE_UNAVAILABLE.uri() + "\""));
    }

    @Test
    void unknownProblemTypeIsA404Problem() {
        given().accept("application/json").get("/problems/no-such-problem")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()), "detail", containsString("no-such-problem"));
    }
}
