package org.ilo.cnmn.apikey;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "key", "secret" })
@Schema(name = "NewApiKey", description = "A key just created, with its secret: shown this once and never again.")
public record NewApiKeyDto(
        @Schema(required = true, description = "The key.") ApiKeyDto key,
        @Schema(required = true, description = "The secret the partner sends as `X-API-Key`.",
                example = "ilo_k3JdX2v9Qm0aT7eLpR4sW1yZ8bN6cF5u") String secret) {
}
