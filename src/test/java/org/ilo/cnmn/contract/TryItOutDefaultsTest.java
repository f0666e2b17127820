package org.ilo.cnmn.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ilo.cnmn.support.ContractValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * What Swagger UI's "Try it out" sends with its defaults follows from the committed contract: it
 * pre-fills a parameter's {@code example} (or first {@code examples}) and {@code default}.
 */
class TryItOutDefaultsTest {

    private static OpenAPI contract;
    /** Unresolved, because resolving fully merges {@code allOf} members and drops their {@code nullable}. */
    private static OpenAPI asWritten;

    @BeforeAll
    static void read() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        contract = new OpenAPIV3Parser().read(ContractValidation.CONTRACT.toString(), null, options);
        asWritten = new OpenAPIV3Parser().read(ContractValidation.CONTRACT.toString());
    }

    @Test
    void noOptionalParameterIsPrefilledWithAnExample() {
        List<String> prefilled = new ArrayList<>();
        eachOperation((where, operation) -> parameters(operation).stream()
                .filter(p -> !Boolean.TRUE.equals(p.getRequired()))
                .filter(p -> p.getExample() != null || (p.getExamples() != null && !p.getExamples().isEmpty())
                        || (p.getSchema() != null && p.getSchema().getExample() != null))
                .forEach(p -> prefilled.add(where + " " + p.getName())));
        assertEquals(List.of(), prefilled);
    }

    @Test
    void requiredPathParametersOfReadsHaveAnExample() {
        eachOperation((where, operation) -> {
            if (where.startsWith("GET ")) {
                parameters(operation).stream().filter(p -> "path".equals(p.getIn()))
                        .forEach(p -> assertTrue(p.getExample() != null
                                || (p.getSchema() != null && p.getSchema().getEnum() != null), where + " " + p.getName()));
            }
        });
    }

    @Test
    void noParameterCarriesThePartnerKey() {
        eachOperation((where, operation) -> parameters(operation)
                .forEach(p -> assertTrue(!"X-API-Key".equalsIgnoreCase(p.getName()), where)));
        var scheme = contract.getComponents().getSecuritySchemes().get("apiKey");
        assertEquals("X-API-Key", scheme.getName());
        assertEquals("header", scheme.getIn().toString());
    }

    @Test
    void apiReadsAreAnonymousOrWithAPartnerKeyUnlessTheyNeedARole() {
        eachOperation((where, operation) -> {
            if (!where.startsWith("GET /api/")) {
                return;
            }
            List<SecurityRequirement> security = operation.getSecurity();
            assertNotNull(security, where);
            boolean bearer = security.stream().anyMatch(r -> r.containsKey("bearer"));
            if (!bearer) {
                assertEquals(List.of(new SecurityRequirement(), new SecurityRequirement().addList("apiKey")), security,
                        where);
            }
        });
    }

    @Test
    void patchBodiesAreNamedSchemasWhoseMembersAreNullable() {
        List<String> patches = new ArrayList<>();
        asWritten.getPaths().forEach((path, item) -> {
            if (item.getPatch() != null) {
                String ref = item.getPatch().getRequestBody().getContent().get("application/merge-patch+json")
                        .getSchema().get$ref();
                assertNotNull(ref, path);
                patches.add(ref.substring(ref.lastIndexOf('/') + 1));
            }
        });
        assertEquals(List.of("PressReleasePatch", "ProjectPatch"), patches.stream().sorted().toList());
        Map<String, Schema> schemas = asWritten.getComponents().getSchemas();
        for (String patch : patches) {
            Schema<?> body = schemas.get(patch);
            body.getProperties().forEach((name, member) -> assertTrue(Boolean.TRUE.equals(member.getNullable()),
                    patch + "." + name));
            assertNull(body.getRequired(), patch);
            assertEquals(schemas.get(patch.replace("Patch", "Write")).getProperties().keySet(),
                    body.getProperties().keySet(), patch);
        }
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private interface OperationVisitor {
        void visit(String where, Operation operation);
    }

    private static void eachOperation(OperationVisitor visitor) {
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach(
                    (method, operation) -> visitor.visit(method + " " + path.getKey(), operation));
        }
    }
}
