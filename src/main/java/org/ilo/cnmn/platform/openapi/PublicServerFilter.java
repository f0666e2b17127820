package org.ilo.cnmn.platform.openapi;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.ilo.cnmn.IloConfig;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;

/**
 * Names the configured public base URL ({@code ilo.public-base-url}, env ILO_PUBLIC_BASE_URL) as the
 * contract's server. Runs at startup because the URL is runtime configuration while the rest of the
 * document is built with the application; without it the build-time "/" (the request's origin) stays.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PublicServerFilter implements OASFilter {

    private final Optional<String> publicBaseUrl;

    public PublicServerFilter() {
        this(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(IloConfig.class).publicBaseUrl());
    }

    PublicServerFilter(Optional<String> publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        publicBaseUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .ifPresent(url -> openAPI.setServers(List.of(OASFactory.createServer().url(url)
                        .description("Production: the service's public address.").addExtension("x-internal", false))));
    }
}
