package org.ilo.cnmn.office;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.common.ApiDefinition;

@Path("/api/v1/office")
@Tag(name = "Office")
@Produces(MediaType.APPLICATION_JSON)
public class OfficeResource {

    private final OfficeService office;

    public OfficeResource(OfficeService office) {
        this.office = office;
    }

    @GET
    @Operation(summary = "Get the office profile",
            description = "About the office, the countries it covers, its focus areas, constituents and partners, "
                    + "the UN frameworks in China and Mongolia, and its director.")
    @APIResponse(responseCode = "200", description = "The office profile.", headers = {
            @Header(ref = ApiDefinition.ETAG), @Header(ref = ApiDefinition.LAST_MODIFIED),
            @Header(ref = ApiDefinition.CACHE_CONTROL) })
    @APIResponse(ref = ApiDefinition.NOT_MODIFIED)
    @APIResponse(ref = ApiDefinition.INVALID_PARAMETER)
    @APIResponse(ref = ApiDefinition.NOT_ACCEPTABLE)
    @APIResponse(ref = ApiDefinition.SERVER_ERROR)
    public OfficeDto getOffice() {
        return office.get();
    }
}
