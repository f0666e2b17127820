package org.ilo.cnmn.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/** Sends a {@link ProblemResponse} from the HTTP layer, before (or without) the REST layer. */
@ApplicationScoped
public class ProblemWriter {

    @Inject ObjectMapper mapper;

    /** The normalised path, or the raw one where it cannot be normalised (an invalid percent-encoding). */
    public static String path(RoutingContext ctx) {
        try {
            String path = ctx.normalizedPath();
            return path != null ? path : ctx.request().path();
        } catch (IllegalArgumentException e) {
            return ctx.request().path();
        }
    }

    /** The problem of {@code type} about this request, for callers that add headers before {@link #write}. */
    public static ProblemResponse problem(RoutingContext ctx, ProblemType type, String detail) {
        return ProblemResponse.of(type, detail, path(ctx));
    }

    public void write(RoutingContext ctx, ProblemType type, String detail) {
        write(ctx, problem(ctx, type, detail));
    }

    public void write(RoutingContext ctx, ProblemResponse problem) {
        HttpServerResponse response = ctx.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE);
        problem.headers().forEach(response::putHeader);
        try {
            response.end(mapper.writeValueAsString(problem.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
