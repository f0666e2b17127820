package org.ilo.cnmn.platform.openapi;

import java.math.BigDecimal;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import org.ilo.cnmn.IloConfig;

/**
 * States the configured page sizes (ILO_DEFAULT_PAGE_SIZE, ILO_MAX_PAGE_SIZE) in the contract, so that
 * what it documents is what the service enforces. Runs at start-up because they are runtime configuration.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PageSizeFilter implements OASFilter {

    private final int defaultSize;
    private final int maxSize;

    public PageSizeFilter() {
        this(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(IloConfig.class));
    }

    PageSizeFilter(IloConfig config) {
        this(config.defaultPageSize(), config.maxPageSize());
    }

    PageSizeFilter(int defaultSize, int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Parameter limit = openAPI.getComponents().getParameters().get(ApiDefinition.LIMIT);
        limit.description("Page size, 1 to " + maxSize + ".");
        limit.getSchema().maximum(BigDecimal.valueOf(maxSize)).defaultValue(defaultSize);
        openAPI.getInfo().description(openAPI.getInfo().getDescription()
                .replaceFirst("`limit` 1\\.\\.\\d+", "`limit` 1.." + maxSize));
    }
}
