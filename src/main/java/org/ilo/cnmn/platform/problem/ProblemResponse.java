package org.ilo.cnmn.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * One problem answer: status, headers and RFC 9457 body, built the same way whether JAX-RS sends it
 * ({@link ProblemMapper}, {@link ProblemAccept}) or the Vert.x edge does ({@link ProblemWriter}).
 */
public record ProblemResponse(Problem body, Map<String, String> headers) {

    /** The seconds a client should wait before retrying a 503. */
    public static final String RETRY_AFTER_SECONDS = "5";

    public ProblemResponse {
        headers = Map.copyOf(headers);
    }

    public static ProblemResponse of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, null);
    }

    /** An error is never stored by a cache: the next request may well succeed. */
    public static ProblemResponse of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new ProblemResponse(new Problem(type.uri(), type.title(), type.status(), detail, instance, errors),
                Map.of(HttpHeaders.CACHE_CONTROL, "no-store"));
    }

    /** A 503 the client may retry shortly (database out of reach, shutdown under way). */
    public static ProblemResponse unavailable(String detail, String instance) {
        return of(ProblemType.SERVICE_UNAVAILABLE, detail, instance).with(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    public ProblemResponse with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new ProblemResponse(body, more);
    }

    public int status() {
        return body.status();
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status()).type(Problem.MEDIA_TYPE).entity(body);
        headers.forEach(response::header);
        return response.build();
    }
}
