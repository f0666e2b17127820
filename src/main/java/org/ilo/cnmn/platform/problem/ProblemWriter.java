package org.ilo.cnmn.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/** Writes problem+json from the HTTP layer (before the REST layer), in the shape ProblemMapper uses. */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The normalised path, or the raw one where it cannot be normalised (an invalid percent-encoding). */
    public static String path(RoutingContext ctx) {
        try {
            String path = ctx.normalizedPath();
            return path != null ? path : ctx.request().path();
        } catch (IllegalArgumentException e) {
            return ctx.request().path();
        }
    }

    public void write(RoutingContext ctx, ProblemType type, String detail) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, path(ctx), null);
        try {
            ctx.response().setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Cache-Control", "no-store")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
