package org.ilo.cnmn.support;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs, before every {@code @QuarkusTest}, a REST Assured filter that checks each response
 * against the committed contract {@code openapi/openapi.yaml}: status, headers, media type and body
 * schema. A response the contract does not describe fails the test that received it.
 *
 * Requests are not checked (tests deliberately send malformed ones to exercise the 400s), except that
 * their path and method must be in the contract; tests of unknown paths and methods opt out with
 * {@code given().noFilters()}.
 * While the contract is regenerated ({@code -Dopenapi.update=true}) nothing is checked.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    private static OpenApiValidationFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (Boolean.getBoolean("openapi.update")) {
            return; // the contract is being regenerated from the service, not checked against it
        }
        synchronized (ContractValidation.class) {
            if (filter == null) {
                filter = new OpenApiValidationFilter(OpenApiInteractionValidator
                        .createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                // but a path or method the contract does not document is an error
                                .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                                .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                                .build())
                        .build());
            }
        }
        if (!RestAssured.filters().contains(filter)) {
            RestAssured.filters(filter);
        }
    }
}
