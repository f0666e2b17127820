package org.ilo.cnmn.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ilo.cnmn.platform.params.QueryParams;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/changes")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Inject ChangeService changes;

    @GET
    @Operation(summary = "List changes since a token",
            description = "Every create, update and delete of projects and press releases committed after `since`, "
                    + "oldest first, in commit order. Store `nextToken` after processing the items and call again "
                    + "(at once while `hasMore`): no change is ever missed or repeated, deletions included.")
    @APIResponse(responseCode = "200", description = "The next changes.")
    public RestResponse<ChangeFeedDto> listChanges(
            @Parameter(description = "`nextToken` of the previous call; omit to start from the beginning.")
            @RestQuery String since,
            @Parameter(description = "How many changes at most, 1 to 1000.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000", defaultValue = "100"))
            @RestQuery String limit) {
        QueryParams params = new QueryParams();
        int size = params.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        ChangeService.Position position = params.check(() -> changes.position(since));
        params.throwIfInvalid();
        // Always revalidate: a partner must not act on a cached position.
        return RestResponse.ResponseBuilder.ok(changes.after(position, size))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }
}
