package org.ilo.cnmn.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.ilo.cnmn.support.ContractValidation;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract is exactly what the service serves. To regenerate it after changing the
 * API: {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true}.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedContractEqualsServedContract() throws IOException {
        String served = given().noFilters().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(ContractValidation.CONTRACT.getParent());
            Files.writeString(ContractValidation.CONTRACT, served, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(ContractValidation.CONTRACT, StandardCharsets.UTF_8);
        assertEquals(committed, served, "openapi/openapi.yaml differs from /q/openapi; regenerate it with "
                + "./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true and review the diff");
    }
}
