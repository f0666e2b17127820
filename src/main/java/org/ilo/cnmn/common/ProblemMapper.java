package org.ilo.cnmn.common;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem+json. Nothing else writes error bodies,
 * so every 4xx/5xx has the same shape and no stack trace or class name reaches a client.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final AllowedMethods allowedMethods;

    public ProblemMapper(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return problem(e.type(), e.getMessage(), uri, e.errors()).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, "There is nothing at " + uri.getPath() + ".", uri, null).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        String allow = String.join(", ", allowedMethods.on(uri.getPath()));
        return problem(ProblemType.METHOD_NOT_ALLOWED, "This resource supports " + allow + ".", uri, null)
                .header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(ProblemType.NOT_ACCEPTABLE,
                "None of the media types in the Accept header can be produced here.", uri, null).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The request body's Content-Type is not accepted here.", uri, null).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, uri);
        }
        return problem(ProblemType.BAD_REQUEST, "The request could not be processed.", uri, null).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return internalError(e, uri);
    }

    private Response internalError(Throwable e, UriInfo uri) {
        // The reference lets operators find the log entry without exposing internals to the client.
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled failure on %s (reference %s)", uri.getPath(), reference);
        return problem(ProblemType.INTERNAL_ERROR,
                "The server failed to answer this request. Reference: " + reference + ".", uri, null).build();
    }

    static Response.ResponseBuilder problem(ProblemType type, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
    }
}
