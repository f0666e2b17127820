package org.ilo.cnmn.platform.problem;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rejected input: a query parameter, header or body field, and why. */
@JsonPropertyOrder({ "name", "reason" })
@Schema(description = "One rejected input and the reason it was rejected.")
public record FieldError(
        @Schema(required = true, description = "The parameter, header or body field (dotted path) that was rejected.", example = "limit")
        String name,
        @Schema(required = true, description = "Why the value was rejected.", example = "must be an integer between 1 and 100")
        String reason) {
}
