package org.ilo.cnmn.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Liveness, readiness (database and migrations) and Prometheus metrics per route template. */
@QuarkusTest
class MetricsAndHealthTest {

    @Test
    void reportsLivenessAndReadinessWithTheMigrations() {
        given().noFilters().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().noFilters().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database migrations", "Database connections health check"))
                .body("checks.find { it.name == 'Database migrations' }.data.pending", equalTo(0));
    }

    @Test
    void countsRequestsPerRouteTemplateWithLatencyHistograms() {
        given().get("/api/v1/projects/score-phase-3-china").then().statusCode(200);
        given().get("/api/v1/projects/no-such-project").then().statusCode(404);
        String metrics = given().noFilters().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        assertThat(metrics, containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                + "status=\"200\",uri=\"/api/v1/projects/{id}\""));
        assertThat(metrics, containsString("outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"/api/v1/projects/{id}\""));
        assertThat(metrics, containsString("http_server_requests_seconds_bucket{"));
        assertThat(metrics, not(containsString("score-phase-3-china")));
        assertThat(metrics, containsString("agroal_active_count"));
        assertThat(metrics, containsString("ilo_rate_limit_rejections_total"));
    }
}
