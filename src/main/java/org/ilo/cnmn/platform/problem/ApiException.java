package org.ilo.cnmn.platform.problem;

import java.util.List;

/** A failure the client caused or must know about; turned into problem+json by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null ? null : List.copyOf(errors);
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + what + " with id '" + id + "'.");
    }

    public static ApiException invalidParameters(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "Query parameter '" + errors.get(0).name() + "' " + errors.get(0).reason() + "."
                : "The request has " + errors.size() + " invalid query parameters.";
        return new ApiException(ProblemType.INVALID_PARAMETER, detail, errors);
    }

    public static ApiException invalidParameter(String name, String reason) {
        return invalidParameters(List.of(new FieldError(name, reason)));
    }

    public static ApiException invalidBody(String field, String reason) {
        return new ApiException(ProblemType.INVALID_BODY, "Field '" + field + "' " + reason + ".",
                List.of(new FieldError(field, reason)));
    }

    public static ApiException unknownReferences(List<FieldError> errors) {
        return new ApiException(ProblemType.UNKNOWN_REFERENCE, errors.size() == 1
                ? "Field '" + errors.get(0).name() + "' " + errors.get(0).reason() + "."
                : "The body refers to " + errors.size() + " things that do not exist.", errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** A client's value as problem texts quote it: at most 40 characters. */
    public static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
