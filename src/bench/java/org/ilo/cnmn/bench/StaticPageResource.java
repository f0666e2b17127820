package org.ilo.cnmn.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.arc.profile.IfBuildProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Benchmark builds only ({@code -Pbench -Dquarkus.profile=bench}): answers the bytes of the first
 * page of {@code GET /api/v1/projects} from memory, through the same HTTP stack as the API, so the
 * benchmark can measure the HTTP ceiling. The page is fetched once over HTTP from the service itself,
 * so this class depends on the public API only, never on the service's internals.
 */
@IfBuildProfile("bench")
@Path("/api/bench/static-page")
public class StaticPageResource {

    private final URI source;
    private volatile byte[] page;

    public StaticPageResource(@ConfigProperty(name = "quarkus.http.port") int port) {
        this.source = URI.create("http://localhost:" + port + "/api/v1/projects");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public byte[] staticPage() throws IOException, InterruptedException {
        byte[] bytes = page;
        if (bytes == null) {
            bytes = fetch();
            page = bytes;
        }
        return bytes;
    }

    private byte[] fetch() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(source)
                .header("Accept", MediaType.APPLICATION_JSON).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + source + " answered " + response.statusCode());
        }
        return response.body();
    }
}
