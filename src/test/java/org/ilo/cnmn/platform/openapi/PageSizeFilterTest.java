package org.ilo.cnmn.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class PageSizeFilterTest {

    @Test
    void documentsTheConfiguredPageSizes() {
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().description("Lists are keyset-paged (`limit` 1..100, opaque `cursor`)."))
                .components(OASFactory.createComponents().addParameter(ApiDefinition.LIMIT,
                        OASFactory.createParameter().name("limit").description("Page size, 1 to 100.")
                                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(100)).defaultValue(20))));

        new PageSizeFilter(25, 500).filterOpenAPI(openAPI);

        var limit = openAPI.getComponents().getParameters().get(ApiDefinition.LIMIT);
        assertEquals("Page size, 1 to 500.", limit.getDescription());
        assertEquals(BigDecimal.valueOf(500), limit.getSchema().getMaximum());
        assertEquals(25, limit.getSchema().getDefaultValue());
        assertEquals("Lists are keyset-paged (`limit` 1..500, opaque `cursor`).", openAPI.getInfo().getDescription());
    }
}
