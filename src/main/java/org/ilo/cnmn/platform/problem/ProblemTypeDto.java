package org.ilo.cnmn.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProblemType", description = "A kind of problem the API reports, as its `type` URI names it.")
public record ProblemTypeDto(
        @Schema(required = true, description = "The type URI, as problems carry it.", example = "/problems/invalid-parameter")
        String type,
        @Schema(required = true, description = "Its title, as problems carry it.", example = "Invalid query parameter")
        String title,
        @Schema(required = true, description = "The HTTP status it comes with.", example = "400") int status,
        @Schema(required = true, description = "What the problem means.",
                example = "A query parameter is unknown, malformed or out of range, or a header the service reads has "
                        + "an invalid value.")
        String description,
        @Schema(required = true, description = "How to change the request so that it succeeds.",
                example = "Read `errors`: it names every rejected parameter and why.")
        String howToFix) {

    static ProblemTypeDto of(ProblemType type) {
        return new ProblemTypeDto(type.uri(), type.title(), type.status(), type.description(), type.howToFix());
    }
}
