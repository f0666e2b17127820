package org.ilo.cnmn.apikey;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "id", "name", "contact", "quotaPerMinute" })
@Schema(name = "ApiKeyWrite", description = "A partner key to create.")
public record ApiKeyWrite(
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be a slug") @Size(max = 60)
        @Schema(nullable = true, description = "Id (slug); derived from the name when absent or null.", example = "iati-datastore") String id,
        @NotBlank @Size(max = 200)
        @Schema(required = true, description = "Who will use it.", example = "IATI Datastore") String name,
        @NotBlank @Email @Size(max = 200)
        @Schema(required = true, description = "E-mail address to contact about it.",
                example = "support@iatistandard.org") String contact,
        @Min(1) @Max(1_000_000)
        @Schema(description = "Requests allowed per minute; the configured default when absent.", example = "3000")
        Integer quotaPerMinute) {
}
