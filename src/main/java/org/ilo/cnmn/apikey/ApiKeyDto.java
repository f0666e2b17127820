package org.ilo.cnmn.apikey;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "id", "name", "contact", "quotaPerMinute", "keyPrefix", "createdAt", "createdBy", "revokedAt" })
@Schema(name = "ApiKey", description = "A partner's API key, without its secret.")
public record ApiKeyDto(
        @Schema(required = true, description = "Id of the key.", example = "iati-datastore") String id,
        @Schema(required = true, description = "Who uses it.", example = "IATI Datastore") String name,
        @Schema(required = true, description = "Whom to contact about it.", example = "support@iatistandard.org")
        String contact,
        @Schema(required = true, description = "Requests allowed per minute.", example = "3000") int quotaPerMinute,
        @Schema(required = true, description = "The first characters of the secret, to recognise it.",
                example = "ilo_k3Jd") String keyPrefix,
        @Schema(required = true, description = "When it was created (RFC 3339, UTC).") Instant createdAt,
        @Schema(required = true, description = "The admin who created it (token subject).", example = "ops-admin")
        String createdBy,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date-time",
                description = "When it was revoked, or null while it is valid.")
        Instant revokedAt) {
}
