package org.ilo.cnmn.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the body of every 4xx and 5xx answer. */
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "errors" })
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json for every error.")
public record Problem(
        @Schema(required = true, description = "A URI reference identifying the problem type; relative to the API's host.",
                example = "/problems/invalid-parameter")
        String type,
        @Schema(required = true, description = "Short, human-readable summary of the problem type.", example = "Invalid query parameter")
        String title,
        @Schema(required = true, description = "The HTTP status code.", example = "400")
        int status,
        @Schema(required = true, description = "Explanation specific to this occurrence.", example = "The request has 1 invalid query parameter.")
        String detail,
        @Schema(required = true, description = "The request path that produced the problem.", example = "/api/v1/projects")
        String instance,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "For validation problems: every rejected input, each with its reason.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
