package org.ilo.cnmn.audit;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonPropertyOrder({ "id", "at", "editor", "action", "type", "resourceId", "before", "after" })
@Schema(name = "AuditEntry", description = "One recorded write: who, when, what, and the record before and after.")
public record AuditEntryDto(
        @Schema(required = true, description = "Position in the audit trail (increasing).", example = "42") long id,
        @Schema(required = true, description = "When the write was made (RFC 3339, UTC).",
                example = "2026-11-22T10:15:30Z") Instant at,
        @Schema(required = true, description = "The subject of the editor's token.", example = "alice") String editor,
        @Schema(required = true, description = "What was done.", enumeration = { "create", "update", "delete" },
                example = "update") String action,
        @Schema(required = true, description = "The kind of record.",
                enumeration = { "project", "pressRelease", "office" }, example = "project") String type,
        @Schema(required = true, description = "The record's id.", example = "score-phase-3-china") String resourceId,
        @Schema(required = true, nullable = true, type = SchemaType.OBJECT,
                description = "The record as editors write it, before the write; null for a create.") Map<String, Object> before,
        @Schema(required = true, nullable = true, type = SchemaType.OBJECT,
                description = "The record as editors write it, after the write; null for a delete.") Map<String, Object> after) {
}
