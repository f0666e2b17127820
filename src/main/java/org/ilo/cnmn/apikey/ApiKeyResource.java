package org.ilo.cnmn.apikey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.platform.openapi.ApiDefinition;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.security.Editors;
import org.ilo.cnmn.platform.paging.Page;
import org.ilo.cnmn.platform.paging.Pages;
import org.ilo.cnmn.platform.params.PageParams;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** Partner API keys, managed by administrators. */
@Path("/api/v1/admin/api-keys")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiDefinition.ADMIN)
@SecurityRequirement(name = ApiDefinition.BEARER)
public class ApiKeyResource {

    private static final String PRIVATE = "private, no-store";

    @Inject ApiKeyService keys;
    @Inject IloConfig config;
    @Inject Editors admins;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a partner API key",
            description = "Creates a key with its own quota. The answer is the only time the secret is shown; "
                    + "only its hash is stored. Admins only.")
    @APIResponse(responseCode = "201", description = "Created; the secret is in `secret`.",
            headers = @Header(ref = ApiDefinition.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewApiKeyDto.class)))
    @APIResponse(ref = ApiDefinition.CONFLICT)
    public RestResponse<NewApiKeyDto> createApiKey(@Valid @NotNull ApiKeyWrite body, UriInfo uri) {
        NewApiKeyDto created = keys.create(body, admins.current());
        return RestResponse.ResponseBuilder.<NewApiKeyDto> created(
                uri.getAbsolutePathBuilder().path(created.key().id()).build())
                .entity(created).header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    @GET
    @Operation(summary = "List partner API keys", description = "Every key, oldest first, without secrets. Admins only.")
    @APIResponse(responseCode = "200", description = "One page of keys.")
    public RestResponse<Page<ApiKeyDto>> listApiKeys(
            @BeanParam PageParams page, UriInfo uri) {
        return RestResponse.ResponseBuilder.fromResponse(Pages.ok(keys.list(page.size(config), page.cursor()), uri))
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a partner API key", description = "One key, without its secret. Admins only.")
    @APIResponse(responseCode = "200", description = "The key.")
    public RestResponse<ApiKeyDto> getApiKey(@Parameter(description = "Key id.", example = "iati-datastore") @RestPath String id) {
        return RestResponse.ResponseBuilder.ok(keys.find(id).orElseThrow(() -> ApiException.notFound("API key", id)))
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a partner API key",
            description = "Requests with the key are refused from now on (on every replica within seconds). Admins only.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public void revokeApiKey(@Parameter(description = "Key id.", example = "iati-datastore") @RestPath String id) {
        keys.revoke(id);
    }
}
