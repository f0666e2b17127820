package org.ilo.cnmn.platform.problem;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ilo.cnmn.platform.ops.LogContext;

/**
 * The one place where failures become RFC 9457 problem+json. Nothing else writes error bodies,
 * so every 4xx/5xx has the same shape and no stack trace or class name reaches a client.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String REALM = "ilo-cnmn";

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return problem(e.type(), e.getMessage(), uri, e.errors()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, "There is nothing at " + uri.getPath() + ".", uri, null).toResponse();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(ProblemType.NOT_ACCEPTABLE,
                "None of the media types in the Accept header can be produced here.", uri, null).toResponse();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The request body's Content-Type is not accepted here.", uri, null).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return problem(ProblemType.UNAUTHORIZED, "This operation needs a bearer token (a JWT of an editor).", uri, null)
                .with(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"").toResponse();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return problem(ProblemType.UNAUTHORIZED, "The bearer token is invalid: expired, not yet valid, from "
                + "another issuer or not signed by a trusted key.", uri, null)
                .with(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, "The token is valid but does not carry the role this operation needs.",
                uri, null).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(bodyPath(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::name).thenComparing(FieldError::reason))
                .toList();
        return problem(ProblemType.INVALID_BODY, "The request body has " + errors.size() + " invalid field"
                + (errors.size() == 1 ? "" : "s") + ".", uri, errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        // A body cut short by BodyLimit surfaces here, wrapped by the JSON reader.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return apiException(api, uri);
            }
        }
        String path = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String reason;
        if (e instanceof UnrecognizedPropertyException) {
            reason = "is not a property that can be written here";
        } else if (e instanceof FieldReason u) {
            reason = u.reason();
        } else if (e instanceof InvalidFormatException f) {
            reason = "must be " + simpleType(f.getTargetType());
        } else if (e instanceof MismatchedInputException m) {
            reason = "must be " + simpleType(m.getTargetType());
        } else {
            return problem(ProblemType.INVALID_BODY, "The request body is not well-formed JSON"
                    + (e.getLocation() == null ? "." : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")."), uri, null).toResponse();
        }
        String name = path.isEmpty() ? "body" : path;
        return problem(ProblemType.INVALID_BODY, "Field '" + name + "' " + reason + ".", uri,
                List.of(new FieldError(name, reason))).toResponse();
    }

    /** More specific than Quarkus' built-in mapper of this type, which answers an empty 400. */
    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedBody(JsonParseException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    /** A concurrent write got there first; row locks make this rare, but it is the client's race to retry. */
    @ServerExceptionMapper
    public Response concurrentWrite(OptimisticLockException e, UriInfo uri) {
        return problem(ProblemType.PRECONDITION_FAILED, "The resource was changed concurrently; GET it again and "
                + "reapply your change.", uri, null).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, uri);
        }
        return problem(ProblemType.BAD_REQUEST, "The request could not be processed.", uri, null).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return DatabaseOutage.is(e) ? unavailable(e, uri) : internalError(e, uri);
    }

    /** The database cannot be reached or answer in time (refused, cut, silent, pool exhausted, statement timeout): retry shortly. */
    private Response unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", uri.getPath(), rootMessage(e));
        return ProblemResponse.unavailable("The database is unreachable for the moment; retry in a few seconds. "
                + "Nothing was changed.", uri.getPath()).toResponse();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private Response internalError(Throwable e, UriInfo uri) {
        // The reference (the request id) lets operators find the log entry without exposing internals.
        Object requestId = MDC.get(LogContext.REQUEST_ID);
        String reference = requestId != null ? requestId.toString() : UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled failure on %s (reference %s)", uri.getPath(), reference);
        return problem(ProblemType.INTERNAL_ERROR,
                "The server failed to answer this request. Reference: " + reference + ".", uri, null).toResponse();
    }

    /** {@code createProject.body.countries[0].<list element>} → {@code countries[0]}: the path within the body. */
    private static String bodyPath(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                default -> {
                    if (node.isInIterable()) {
                        name.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        name.append(name.length() == 0 ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == LocalDate.class) {
            return "a date in the form YYYY-MM-DD";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a value of another type";
    }

    public static ProblemResponse problem(ProblemType type, String detail, UriInfo uri, List<FieldError> errors) {
        return ProblemResponse.of(type, detail, uri.getPath(), errors);
    }
}
