package org.ilo.cnmn.changes;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "type", "id", "action", "changedAt" })
@Schema(name = "Change", description = "One committed create, update or delete of a project or press release.")
public record ChangeDto(
        @Schema(required = true, description = "What kind of resource changed.",
                enumeration = { "project", "pressRelease" }, example = "project") String type,
        @Schema(required = true, description = "Its id.", example = "score-phase-3-china") String id,
        @Schema(required = true, description = "`upsert`: created or changed, fetch it; `delete`: it is gone (a tombstone).",
                enumeration = { "upsert", "delete" }, example = "upsert") String action,
        @Schema(required = true, description = "When the change was committed (RFC 3339, UTC).",
                example = "2026-11-22T10:15:30Z") Instant changedAt) {
}
