package org.ilo.cnmn.bench;

import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.arc.profile.IfBuildProfile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.params.QueryParams;
import org.ilo.cnmn.platform.caching.Representations;
import org.ilo.cnmn.project.ProjectFilter;
import org.ilo.cnmn.project.ProjectQueryParams;
import org.ilo.cnmn.project.ProjectService;

/**
 * Benchmark builds only ({@code -Dquarkus.profile=bench}): answers the bytes of one list page from
 * memory, through the same HTTP stack as the API, so the benchmark can measure the HTTP ceiling.
 */
@IfBuildProfile("bench")
@Path("/api/bench/static-page")
public class StaticPageResource {

    private final ProjectService projects;
    private final Representations representations;
    private volatile byte[] page;

    public StaticPageResource(ProjectService projects, Representations representations) {
        this.projects = projects;
        this.representations = representations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public byte[] staticPage() {
        byte[] bytes = page;
        if (bytes == null) {
            QueryParams params = new QueryParams();
            ProjectFilter filter = projects.filter(params, new ProjectQueryParams());
            bytes = representations.bytes(projects.list(filter, projects.sort(params, null, filter), 20, null,
                    Set.of(), Language.EN).toPage());
            page = bytes;
        }
        return bytes;
    }
}
