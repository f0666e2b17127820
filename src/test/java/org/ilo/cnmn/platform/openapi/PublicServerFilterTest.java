package org.ilo.cnmn.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.junit.jupiter.api.Test;

class PublicServerFilterTest {

    private static OpenAPI builtContract() {
        return OASFactory.createOpenAPI().servers(List.of(OASFactory.createServer().url("/")));
    }

    @Test
    void namesTheConfiguredPublicBaseUrlWithoutATrailingSlash() {
        OpenAPI contract = builtContract();
        new PublicServerFilter(Optional.of("https://api.ilo.example/")).filterOpenAPI(contract);
        assertEquals(List.of("https://api.ilo.example"), contract.getServers().stream().map(s -> s.getUrl()).toList());
    }

    @Test
    void keepsTheRequestsOwnOriginWhenNoneIsConfigured() {
        OpenAPI contract = builtContract();
        new PublicServerFilter(Optional.empty()).filterOpenAPI(contract);
        assertEquals(List.of("/"), contract.getServers().stream().map(s -> s.getUrl()).toList());
    }
}
